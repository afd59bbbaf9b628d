import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import type { SqlSession } from '../../db/types';
import { createTestDatabase, type TestDatabase } from '../../test-support/test-database';
import { UnauditedBulkLoadError, withAuditCheckedOnce } from './audit-checked-once';

let db: TestDatabase;
beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db?.close());

const setting = (session: SqlSession, key: string) =>
  session.query(`insert into instance_settings (key, value) values ($1, '1'::jsonb)`, [key]);
const stored = (key: string) =>
  db.asOwner(async (session) => {
    const { rows } = await session.query('select 1 from instance_settings where key = $1', [key]);
    return rows.length;
  });
const guardsOn = () =>
  db.asOwner(async (session) => {
    const { rows } = await session.query<{ n: number }>(
      `select count(*)::int as n from pg_trigger t join pg_class c on c.oid = t.tgrelid
        where c.relname = 'instance_settings' and t.tgname = 'instance_settings_audited' and t.tgenabled = 'O'`,
    );
    return rows[0]?.n;
  });

describe('the seed audit guard checked once per transaction', () => {
  it('refuses a bulk load without an audit event, and keeps nothing of it', async () => {
    const load = db.asOwner((session) =>
      withAuditCheckedOnce(session, ['instance_settings'], () => setting(session, 'bulk.unaudited')),
    );
    await expect(load).rejects.toBeInstanceOf(UnauditedBulkLoadError);
    expect(await stored('bulk.unaudited')).toBe(0);
    expect(await guardsOn()).toBe(1);
  });

  it('commits a load with its audit event and leaves the per-row guard on for every later write', async () => {
    await db.asOwner((session) =>
      withAuditCheckedOnce(session, ['instance_settings'], async () => {
        await setting(session, 'bulk.audited');
        await recordSystemAudit(session, { action: 'system.synthetic_seed', details: { test: true } });
      }),
    );
    expect(await stored('bulk.audited')).toBe(1);
    expect(await guardsOn()).toBe(1);
    await expect(db.asOwner((session) => setting(session, 'plain.unaudited'))).rejects.toThrow(/audit event/);
  });
});
