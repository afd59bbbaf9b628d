import { expect } from 'vitest';
import { createTestApp, signedInClient, type TestApp, type TestClient } from '../../test-support/test-app';
import { registration } from '../case-work/test-fixtures';

// The people of the support tests (test-only): a centre in Hà Tĩnh with a case worker, two supervisors and the
// installation's administrator; another agency's case worker and supervisor outside it.
export interface SupportWorld {
  t: TestApp;
  agencyA: string;
  worker: TestClient;
  supervisor: TestClient;
  secondSupervisor: TestClient;
  admin: TestClient;
  workerB: TestClient;
  supervisorB: TestClient;
  supervisorId: string;
  workerId: string;
}

export async function createSupportWorld(): Promise<SupportWorld> {
  const t = await createTestApp();
  const agencyA = await t.createAgency('Trung tâm Công tác xã hội Hà Tĩnh', '42');
  const agencyB = await t.createAgency('Trung tâm Công tác xã hội Nghệ An', '40');
  const workerUser = await t.createUser('support.worker', agencyA, ['case_worker']);
  const supervisorUser = await t.createUser('support.supervisor', agencyA, ['supervisor']);
  return {
    t,
    agencyA,
    worker: await signedInClient(t.app, workerUser),
    supervisor: await signedInClient(t.app, supervisorUser),
    secondSupervisor: await signedInClient(
      t.app,
      await t.createUser('support.supervisor2', agencyA, ['supervisor']),
    ),
    admin: await signedInClient(t.app, await t.createUser('support.admin', agencyA, ['system_admin'])),
    workerB: await signedInClient(t.app, await t.createUser('support.worker.b', agencyB, ['case_worker'])),
    supervisorB: await signedInClient(
      t.app,
      await t.createUser('support.supervisor.b', agencyB, ['supervisor']),
    ),
    supervisorId: supervisorUser.id,
    workerId: workerUser.id,
  };
}

/** A case received on 20 Nov 2026 whose person is of the given category under the Law (or none). */
export async function supportCase(client: TestClient, fullName: string, subjectCategory?: string) {
  const body = registration(fullName);
  const withCategory = { ...body, case: { ...body.case, ...(subjectCategory ? { subjectCategory } : {}) } };
  const { status, json } = await client.request('POST', '/api/cases', withCategory);
  expect(status, JSON.stringify(json)).toBe(201);
  return json.id as string;
}

export const hardship = 'vn.InitialHardshipAllowanceAndLoans';

/** A hardship allowance given on 1 Dec 2026. */
export const allowance = (amountVnd: number, extra: Record<string, unknown> = {}) => ({
  regime: hardship,
  deliveredOn: '2026-12-01',
  amountVnd,
  note: 'Chuyển khoản cho chị Lan',
  ...extra,
});

export async function countRows(t: TestApp, table: string, caseId: string): Promise<number> {
  const result = await t.testDb.asOwner((owner) =>
    owner.query(`select count(*)::int as n from ${table} where case_id = $1`, [caseId]),
  );
  return Number(result.rows[0]?.n ?? 0);
}

export async function auditActions(t: TestApp, caseId: string): Promise<string[]> {
  const result = await t.testDb.asOwner((owner) =>
    owner.query<{ action: string }>('select action from audit_events where resource_id = $1 order by seq', [
      caseId,
    ]),
  );
  return result.rows.map((row) => row.action);
}
