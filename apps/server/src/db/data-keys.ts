import { sql } from 'drizzle-orm';
import { recordSystemAudit } from '../audit/system-audit';
import {
  createKeyRing,
  type DataKeyPurpose,
  dataKeyPurposes,
  type KeyRing,
  newWrappedDataKey,
  type WrappedDataKey,
} from '../lib/key-ring';
import { createSecretBox } from '../lib/secret-box';
import { queryRows } from './query-rows';
import { runInRequestTransaction } from './request-transaction';
import type { Database, SqlSession } from './types';

type Row = { id: string; purpose: DataKeyPurpose; wrapped: string; active: boolean };

export async function readDataKeys(session: SqlSession): Promise<WrappedDataKey[]> {
  const { rows } = await session.query<Row>(
    'select id, purpose, wrapped, active from data_keys order by created_at',
  );
  return rows;
}

/** Creates the data keys an installation lacks (first start), wrapped under the master key. */
export async function ensureDataKeys(session: SqlSession, masterKey: Buffer): Promise<WrappedDataKey[]> {
  const existing = await readDataKeys(session);
  const missing = dataKeyPurposes.filter(
    (purpose) => !existing.some((row) => row.purpose === purpose && row.active),
  );
  if (missing.length === 0) return existing;
  const master = createSecretBox(masterKey);
  const created = missing.map((purpose) => newWrappedDataKey(master, purpose));
  for (const row of created)
    await session.query('insert into data_keys (id, purpose, wrapped, active) values ($1, $2, $3, true)', [
      row.id,
      row.purpose,
      row.wrapped,
    ]);
  await recordSystemAudit(session, {
    action: 'system.data_keys.create',
    resourceType: 'data_key',
    details: { purposes: missing.join(',') },
  });
  return [...existing, ...created];
}

/**
 * The key ring a server runs with: data keys created on first start when this process may (owner
 * connection), otherwise read through the request role.
 */
export async function openKeyRing(database: Database, masterKey: Buffer): Promise<KeyRing> {
  const owner = await database.openOwner();
  let rows: WrappedDataKey[];
  if (owner) {
    try {
      rows = await owner.transaction((session) => ensureDataKeys(session, masterKey));
    } finally {
      await owner.close();
    }
  } else {
    rows = await runInRequestTransaction(
      database.db,
      { requestId: 'startup', actorId: null, agencyId: null },
      (tx) => queryRows<Row>(tx, sql`select id, purpose, wrapped, active from data_keys order by created_at`),
    );
  }
  return createKeyRing(masterKey, rows);
}
