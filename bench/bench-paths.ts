// The paths the scale benchmark drives: each request as the API receives it, whose users send it, and (for a
// read) the one statement a hand-written server would send for the same answer.
import type { BenchEnvironment } from './support/environment';
import {
  caseListStatement,
  casePageStatement,
  type IdealActor,
  referralInboxStatement,
} from './support/ideal-reads';
import type { ApiRequest } from './support/load';
import { registerCaseBodies, screeningBodies } from './support/request-bodies';

/** Whose requests: case workers of the busiest social work centre, or of the agencies with the fullest inboxes. */
export type BenchUsers = 'caseworkers' | 'inbox';

export interface BenchPath {
  name: string;
  kind: 'read' | 'write';
  request: ApiRequest;
  users: BenchUsers;
  /** A read's ideal statement; a write's comes from its trace. */
  idealRead?: (actor: IdealActor) => { text: string; values: unknown[] };
  /** What a read's ideal statement holds, for the report. */
  idealDescribe?: string;
  /** The ids the API answered, to check the ideal answers the same rows. */
  answerIds?: (body: unknown) => string[];
}

export interface BenchPaths {
  paths: BenchPath[];
  /** The bench users' permissions (they all hold one role), for the ideal floor's context. */
  permissions: string[];
}

const itemIds = (body: unknown) =>
  ((body as { items: Array<{ id: string }> }).items ?? []).map((item) => item.id);

/**
 * Where the bench agency sends referrals: an agency of the province (not one of the inbox path's, whose many
 * bench users would each be notified of every send) and the agency's open cases whose person's sharing consent
 * covers it, up to 500, taken in turn (one case referred thousands of times is not how a centre works).
 */
async function referralTargets(env: BenchEnvironment): Promise<{ caseIds: string[]; agencyId: string }> {
  const owner = await env.database.openOwner();
  if (!owner) throw new Error('no owner connection');
  try {
    return await owner.transaction(async (session) => {
      const covered = `from cases c
           join consents k on k.case_id = c.id and k.purpose = 'sharing' and k.withdrawn_at is null
           join agencies a on (a.type_code = any (k.sharing_agency_types) or a.id = any (k.sharing_agency_ids))
             and a.province_code = c.province_code
         where c.owner_agency_id = $1 and c.state <> 'closed' and a.id <> c.owner_agency_id`;
      const { rows } = await session.query<{ agency_id: string }>(
        `select a.id as agency_id ${covered} and a.id <> all ($2::uuid[])
         order by c.received_on desc, c.id, a.id limit 1`,
        [env.agencyId, [...new Set(env.inboxUsers.map((user) => user.agencyId))]],
      );
      const agencyId = rows[0]?.agency_id;
      if (!agencyId) throw new Error('no case of the bench agency may be referred anywhere');
      const cases = await session.query<{ case_id: string }>(
        `select distinct c.id as case_id, c.received_on ${covered} and a.id = $2
         order by c.received_on desc, c.id limit 500`,
        [env.agencyId, agencyId],
      );
      return { caseIds: cases.rows.map((row) => row.case_id), agencyId };
    });
  } finally {
    await owner.close();
  }
}

export async function benchPaths(env: BenchEnvironment): Promise<BenchPaths> {
  const owner = await env.database.openOwner();
  if (!owner) throw new Error('no owner connection');
  const { caseId, permissions } = await owner.transaction(async (session) => {
    const { rows } = await session.query<{ id: string }>(
      "select id from cases where owner_agency_id = $1 and state = 'receiving_support' order by received_on desc limit 1",
      [env.agencyId],
    );
    const role = await session.query<{ permissions: string[] }>(
      "select permissions from roles where code = 'case_worker'",
    );
    return { caseId: rows[0]?.id as string, permissions: role.rows[0]?.permissions ?? [] };
  });
  await owner.close();
  const referral = await referralTargets(env);
  const paths: BenchPath[] = [
    {
      name: 'case list (state filter, 50 rows, names)',
      kind: 'read',
      users: 'caseworkers',
      request: { method: 'GET', path: '/api/cases?state=receiving_support&limit=50' },
      idealRead: (actor) => caseListStatement(actor, 'receiving_support', 50),
      answerIds: itemIds,
    },
    {
      name: 'case page (with identity)',
      kind: 'read',
      users: 'caseworkers',
      request: { method: 'GET', path: `/api/cases/${caseId}` },
      idealRead: (actor) => casePageStatement(actor, caseId),
      answerIds: (body) => [(body as { id: string }).id],
    },
    {
      // Before "send referral", whose sends would otherwise lengthen the inboxes it reads.
      name: 'referral inbox (incoming, open, by deadline, 50 rows)',
      kind: 'read',
      users: 'inbox',
      request: { method: 'GET', path: '/api/referrals?direction=incoming&status=open&limit=50' },
      idealRead: (actor) => referralInboxStatement(actor, 50),
      idealDescribe:
        'one statement: the page with both agencies and the staff names, its total (listing opens no sealed words: no audit event)',
      answerIds: itemIds,
    },
    {
      name: 'register case',
      kind: 'write',
      users: 'caseworkers',
      request: { method: 'POST', path: '/api/cases', body: registerCaseBodies() },
    },
    {
      name: 'screening submit',
      kind: 'write',
      users: 'caseworkers',
      request: { method: 'POST', path: '/api/screenings', body: screeningBodies() },
    },
    {
      name: 'send referral',
      kind: 'write',
      users: 'caseworkers',
      request: {
        method: 'POST',
        path: `/api/cases/${referral.caseIds[0]}/referrals`,
        rotate: referral.caseIds,
        body: () =>
          JSON.stringify({
            agencyId: referral.agencyId,
            services: ['vn.Medical', 'vn.Psychological'],
            urgency: 'high',
            reason: 'AdditionalServicesRequired',
            message: 'Đề nghị khám sức khỏe tổng quát và tư vấn tâm lý.',
            sections: ['identity'],
          }),
      },
    },
  ];
  return { paths, permissions };
}
