import { randomUUID } from 'node:crypto';
import { LIST_TOTAL_CAP } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { readListPage } from '../../test-support/list-page';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { signedInClients } from '../case-work/test-fixtures';
import { sealIdentity } from './person-identity';

// The busy centre holds more cases than the cap (exactly the cap under verification, a few more received);
// the quiet one in another province holds a handful. Rows go in as the owner, one statement per table.
const UNDER_VERIFICATION = LIST_TOTAL_CAP;
const RECEIVED = 41;
const QUIET = 37;

describe(`case list totals stop counting at ${LIST_TOTAL_CAP} (${testEngine})`, () => {
  let t: TestApp;
  let busyWorker: TestUser;
  let quietWorker: TestUser;
  const as = signedInClients(() => t, TestClient);
  const list = async (user: TestUser, query = '') => readListPage(await as(user), `/api/cases${query}`);

  async function addCases(user: TestUser, province: string, state: string, count: number, prefix: string) {
    const personIds = Array.from({ length: count }, () => randomUUID());
    const sealed = personIds.map((id, n) =>
      sealIdentity(t.secrets, id, {
        fullName: `${prefix} ${n}`,
        otherNames: [],
        documents: [],
        phones: [],
        addresses: [],
      }),
    );
    await t.testDb.asOwner(async (owner) => {
      await owner.query(
        `insert into persons (id, owner_agency_id, identity_sealed, created_by)
         select id, $3, sealed, $4 from unnest($1::uuid[], $2::text[]) as p(id, sealed)`,
        [personIds, sealed, user.agencyId, user.id],
      );
      await owner.query(
        `insert into cases (id, code, person_id, owner_agency_id, province_code, state, received_on,
                            trafficking_status, intake_route, created_by)
         select gen_random_uuid(), $2 || lpad(n::text, 6, '0'), p.id, $3, $4, $5,
                date '2026-01-01' + (n % 300)::int, 'PossibleVictimOfTrafficking', 'vn.ReturnedByForeignAuthorities', $6
         from unnest($1::uuid[]) with ordinality as p(id, n)`,
        [personIds, `LT-${prefix}-`, user.agencyId, province, state, user.id],
      );
      await recordSystemAudit(owner, { action: 'test.cases', details: { count } });
    });
  }

  beforeAll(async () => {
    t = await createTestApp();
    const busy = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42');
    const quiet = await t.createAgency('Trung tâm CTXH Nghệ An', '40');
    busyWorker = await t.createUser('busy.worker', busy, ['case_worker']);
    quietWorker = await t.createUser('quiet.worker', quiet, ['case_worker']);
    await addCases(busyWorker, '42', 'under_verification', UNDER_VERIFICATION, 'BV');
    await addCases(busyWorker, '42', 'received', RECEIVED, 'BR');
    await addCases(quietWorker, '40', 'received', QUIET, 'Q');
  }, 60_000);
  afterAll(() => t?.close());

  it('answers "more than the cap" for a list longer than it, and pages on past it', async () => {
    const first = await list(busyWorker);
    expect(first).toMatchObject({ total: LIST_TOTAL_CAP, totalIsLowerBound: true, hasMore: true });
    expect(first.items).toHaveLength(25);

    // Past the cap the total stays a lower bound; the page itself says whether another follows.
    const beyond = await list(busyWorker, `?limit=25&offset=${LIST_TOTAL_CAP}`);
    expect(beyond).toMatchObject({ total: LIST_TOTAL_CAP, totalIsLowerBound: true, hasMore: true });
    expect(beyond.items).toHaveLength(25);
    const last = await list(busyWorker, `?limit=25&offset=${LIST_TOTAL_CAP + 25}`);
    expect(last.items).toHaveLength(UNDER_VERIFICATION + RECEIVED - LIST_TOTAL_CAP - 25);
    expect(last.hasMore).toBe(false);
    const seen = new Set([...first.items, ...beyond.items, ...last.items].map((item) => item.code));
    expect(seen.size).toBe(first.items.length + beyond.items.length + last.items.length);
  });

  it('answers the exact total up to the cap, the cap itself included', async () => {
    expect(await list(busyWorker, '?state=under_verification')).toMatchObject({
      total: LIST_TOTAL_CAP,
      totalIsLowerBound: false,
      hasMore: true,
    });
    expect(await list(busyWorker, '?state=received&limit=100')).toMatchObject({
      total: RECEIVED,
      totalIsLowerBound: false,
      hasMore: false,
    });
  });

  it("counts only what the reader may see: the busy centre's cases are not in another agency's total", async () => {
    const quiet = await list(quietWorker, '?limit=25');
    expect(quiet).toMatchObject({ total: QUIET, totalIsLowerBound: false, hasMore: true });
    expect(quiet.items.every((item) => item.code?.startsWith('LT-Q-'))).toBe(true);
    expect(await list(quietWorker, '?limit=25&offset=25')).toMatchObject({ total: QUIET, hasMore: false });
  });
});
