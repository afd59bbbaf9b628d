import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../lib/ids';
import { createTestDatabase, type TestDatabase, testEngine } from '../test-support/test-database';
import { queryRows } from './query-rows';
import {
  holdRequestTransaction,
  runInRequestTransaction,
  type TransactionContext,
} from './request-transaction';

const agencyA = newId();
const agencyB = newId();
const as = (agencyId: string | null): TransactionContext => ({ requestId: newId(), actorId: null, agencyId });

let testDb: TestDatabase;

function labelsSeenBy(agencyId: string | null): Promise<string[]> {
  return runInRequestTransaction(testDb.database.db, as(agencyId), async (tx) =>
    (await queryRows<{ label: string }>(tx, sql`select label from rls_probe order by label`)).map(
      (r) => r.label,
    ),
  );
}

describe(`row-level security through the request role (${testEngine})`, () => {
  beforeAll(async () => {
    testDb = await createTestDatabase();
    await testDb.asOwner(async (owner) => {
      await owner.exec(`
        create table rls_probe (id uuid primary key, agency_id uuid not null, label text not null);
        alter table rls_probe enable row level security;
        create policy rls_probe_own_agency on rls_probe
          using (agency_id = nullif(current_setting('lantern.agency_id', true), '')::uuid);
        grant select, insert on rls_probe to lantern_app;`);
      for (const [agency, label] of [
        [agencyA, 'a-1'],
        [agencyA, 'a-2'],
        [agencyB, 'b-1'],
      ] as const) {
        await owner.query('insert into rls_probe (id, agency_id, label) values ($1, $2, $3)', [
          newId(),
          agency,
          label,
        ]);
      }
    });
  });
  afterAll(() => testDb.close());

  it('shows an unscoped query only the rows of the agency in the transaction context', async () => {
    expect(await labelsSeenBy(agencyA)).toEqual(['a-1', 'a-2']);
    expect(await labelsSeenBy(agencyB)).toEqual(['b-1']);
  });

  it('shows nothing when the context names no agency, although the owner sees every row', async () => {
    expect(await labelsSeenBy(null)).toEqual([]);
    const all = await testDb.asOwner(
      async (owner) => (await owner.query('select count(*)::int as n from rls_probe')).rows,
    );
    expect(all).toEqual([{ n: 3 }]);
  });

  it('refuses to write a row for another agency', async () => {
    await expect(
      runInRequestTransaction(testDb.database.db, as(agencyA), (tx) =>
        tx.execute(
          sql`insert into rls_probe (id, agency_id, label) values (${newId()}, ${agencyB}, 'smuggled')`,
        ),
      ),
    ).rejects.toThrow();
    expect(await labelsSeenBy(agencyB)).toEqual(['b-1']);
  });

  it('keeps the context inside its transaction: connections reused later carry none of it', async () => {
    for (let round = 0; round < 12; round++) {
      expect(await labelsSeenBy(round % 2 === 0 ? agencyA : agencyB)).not.toEqual([]);
      const leftover = await runInRequestTransaction(testDb.database.db, as(null), (tx) =>
        queryRows<{ agency: string | null }>(
          tx,
          sql`select current_setting('lantern.agency_id', true) as agency`,
        ),
      );
      expect(leftover[0]?.agency ?? '').toBe('');
    }
  });

  it('does not let the request role switch row security off', async () => {
    await expect(
      runInRequestTransaction(testDb.database.db, as(agencyA), async (tx) => {
        await tx.execute(sql`set local row_security = off`);
        return tx.execute(sql`select label from rls_probe`);
      }),
    ).rejects.toThrow();
  });

  it('denies tables the request role was never granted', async () => {
    await expect(
      runInRequestTransaction(testDb.database.db, as(agencyA), (tx) =>
        tx.execute(sql`select * from lantern_schema_lock`),
      ),
    ).rejects.toThrow();
  });

  // A request's statements are short; compiling one (JIT) cost ~90 ms per execution where running it cost ~12 ms
  // (the case list's scope at 1,000,000 persons), so no request transaction may leave it on.
  it('runs request transactions without JIT compilation, however they are begun', async () => {
    const jit = sql`current_setting('jit')`;
    const ran = await runInRequestTransaction(testDb.database.db, as(agencyA), async (tx) =>
      queryRows<{ jit: string }>(tx, sql`select ${jit} as jit`),
    );
    expect(ran).toEqual([{ jit: 'off' }]);
    const { held } = await holdRequestTransaction(testDb.database.db, newId(), sql`null`);
    const afterOpening = await held.finish((tx) => queryRows<{ jit: string }>(tx, sql`select ${jit} as jit`));
    expect(afterOpening).toEqual([{ jit: 'off' }]);
  });

  it.runIf(testEngine === 'postgres')('does not let the PostgreSQL login role become the owner', async () => {
    await expect(
      runInRequestTransaction(testDb.database.db, as(agencyA), (tx) =>
        tx.execute(sql`set local role lantern_owner`),
      ),
    ).rejects.toThrow();
  });
});
