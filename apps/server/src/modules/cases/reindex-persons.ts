import { recordSystemAudit } from '../../audit/system-audit';
import type { OwnerConnection, SqlSession } from '../../db/types';
import type { KeyRing } from '../../lib/key-ring';
import { evidenceOf, matchKeyHashes, openIdentity } from './person-identity';

/** Where an interrupted re-index stopped: the last person id done, in id order. */
const CURSOR_KEY = 'match_key_reindex';

interface PersonRow {
  id: string;
  identity_sealed: string;
  sex: string | null;
  home_province_code: string | null;
  home_commune_code: string | null;
}

export interface ReindexOutcome {
  persons: number;
  keys: number;
  /** True when this run picked up where an interrupted one stopped. */
  resumed: boolean;
}

async function readCursor(session: SqlSession): Promise<string | null> {
  const { rows } = await session.query<{ after: string }>(
    `select value->>'after' as after from instance_settings where key = $1`,
    [CURSOR_KEY],
  );
  return rows[0]?.after ?? null;
}

async function writeCursor(session: SqlSession, after: string | null): Promise<void> {
  if (after === null) {
    await session.query('delete from instance_settings where key = $1', [CURSOR_KEY]);
    return;
  }
  await session.query(
    `insert into instance_settings (key, value) values ($1, jsonb_build_object('after', $2::text))
     on conflict (key) do update set value = excluded.value, updated_at = now()`,
    [CURSOR_KEY, after],
  );
}

/** One batch in the caller's transaction: the next persons by id get their keys derived anew from the identity. */
async function reindexBatch(
  session: SqlSession,
  keys: KeyRing,
  after: string | null,
  batchSize: number,
): Promise<{ persons: number; keys: number; last: string | null }> {
  const { rows } = await session.query<PersonRow>(
    `select id, identity_sealed, sex, home_province_code, home_commune_code from persons
      where $1::uuid is null or id > $1::uuid order by id limit $2`,
    [after, batchSize],
  );
  if (rows.length === 0) return { persons: 0, keys: 0, last: null };
  const personIds: string[] = [];
  const hashes: string[] = [];
  for (const row of rows) {
    const evidence = evidenceOf(openIdentity(keys, row.id, row.identity_sealed), {
      sex: row.sex,
      homeProvinceCode: row.home_province_code,
      homeCommuneCode: row.home_commune_code,
    });
    for (const hash of new Set(matchKeyHashes(keys, evidence, 'stored'))) {
      personIds.push(row.id);
      hashes.push(hash);
    }
  }
  const ids = rows.map((row) => row.id);
  await session.query('delete from person_match_keys where person_id = any($1::uuid[])', [ids]);
  await session.query(
    'insert into person_match_keys (person_id, key_hash) select * from unnest($1::uuid[], $2::text[])',
    [personIds, hashes],
  );
  const last = ids[ids.length - 1] ?? null;
  await writeCursor(session, last);
  await recordSystemAudit(session, {
    action: 'persons.reindex',
    resourceType: 'person',
    details: { persons: rows.length, keys: hashes.length },
  });
  return { persons: rows.length, keys: hashes.length, last };
}

/**
 * Re-derives every person's blind-index keys (`person_match_keys`) from the sealed identity, after the key rules
 * changed, so that people registered before are found by searches made after. One transaction and one audit event
 * per batch, in id order; the position is kept in `instance_settings`, so an interrupted run continues where it
 * stopped. Persons registered while it runs get the new keys from the registration itself.
 */
export async function reindexPersons(
  owner: OwnerConnection,
  keys: KeyRing,
  options: { batchSize?: number; onBatch?: (done: number) => void; shouldStop?: () => boolean } = {},
): Promise<ReindexOutcome> {
  const batchSize = options.batchSize ?? 500;
  const start = await owner.transaction(readCursor);
  let after = start;
  let persons = 0;
  let keyCount = 0;
  for (;;) {
    const batch = await owner.transaction((session) => reindexBatch(session, keys, after, batchSize));
    persons += batch.persons;
    keyCount += batch.keys;
    options.onBatch?.(persons);
    if (batch.last === null || batch.persons < batchSize) break;
    after = batch.last;
    if (options.shouldStop?.()) return { persons, keys: keyCount, resumed: start !== null };
  }
  await owner.transaction(async (session) => {
    await writeCursor(session, null);
    await recordSystemAudit(session, { action: 'persons.reindex_done', resourceType: 'person' });
  });
  return { persons, keys: keyCount, resumed: start !== null };
}
