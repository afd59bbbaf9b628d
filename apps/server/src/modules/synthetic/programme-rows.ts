import type { SyntheticRegistration } from '@lantern/domain';
import type { SqlSession } from '../../db/types';
import type { KeyRing } from '../../lib/key-ring';
import type { AgencyGrid, GridAgency } from './agency-grid';
import { bulkInsertRows } from './bulk-insert';
import {
  COMMUNITY_TABLES,
  type CommunityLoader,
  type CommunityRows,
  countAttendance,
  emptyCommunityRows,
} from './community-rows';
import { CONTACT_COLUMNS, oneStopRows } from './one-stop-rows';
import { seedId } from './seed-ids';
import { SUPPORT_TABLES, type SupportRows, supportRows } from './support-rows';

type Row = Record<string, unknown>;

/** What the national programme counts beyond the case: support, groups, one-stop contacts (issue #18). */
export interface ProgrammeRows {
  support: SupportRows;
  contacts: Row[];
  community: CommunityRows;
  /** Groups this registration joined, whose meetings' attendance counts change. */
  groupIds: string[];
  /** Timeline lines of the case for all of the above. */
  events: Row[];
}

export const emptyProgrammeRows = (): ProgrammeRows => ({
  support: { plans: [], deliveries: [], approvals: [], events: [] },
  contacts: [],
  community: emptyCommunityRows(),
  groupIds: [],
  events: [],
});

export function programmeRows(
  seed: number,
  keys: KeyRing,
  grid: AgencyGrid,
  registration: SyntheticRegistration,
  community: CommunityLoader,
  context: { caseId: string; agency: GridAgency; registrant: string; screeningId: string | undefined },
): ProgrammeRows {
  const { caseId, agency, registrant, screeningId } = context;
  const rows = emptyProgrammeRows();
  rows.support = supportRows(seed, keys, registration, { caseId, agency, registrant });
  rows.events.push(...rows.support.events);
  rows.contacts = oneStopRows(seed, keys, grid, registration, {
    caseId,
    screeningId,
    registeringAgencyId: agency.id,
  });
  const groupId = community.addMember(registration, caseId, rows.community);
  const membership = registration.membership;
  if (groupId && membership) {
    rows.groupIds.push(groupId);
    // As adding a survivor and their leaving write them: the case's timeline shows the group.
    const joined = `${membership.joinedOn}T03:00:00Z`;
    const facilitator = rows.community.members.at(-1)?.added_by as string;
    rows.events.push({
      id: seedId(seed, `group-event:${registration.index}:0`, joined),
      case_id: caseId,
      at: joined,
      actor_user_id: facilitator,
      kind: 'group.joined',
      details: { group: groupId },
    });
    if (membership.leftOn) {
      const left = `${membership.leftOn}T03:00:00Z`;
      rows.events.push({
        id: seedId(seed, `group-event:${registration.index}:1`, left),
        case_id: caseId,
        at: left,
        actor_user_id: facilitator,
        kind: 'group.left',
        details: { group: groupId },
      });
    }
  }
  return rows;
}

export const PROGRAMME_TABLES: readonly string[] = [
  ...SUPPORT_TABLES.map(([, table]) => table),
  ...COMMUNITY_TABLES.map(([, table]) => table),
  'contacts',
];

/**
 * Writes a batch's programme rows, one statement per table (the case timeline lines travel with the case
 * events), then counts attendance again at the meetings of the groups the batch joined.
 */
export async function writeProgrammeRows(
  session: SqlSession,
  batch: readonly ProgrammeRows[],
): Promise<void> {
  for (const [key, table, columns] of SUPPORT_TABLES)
    await bulkInsertRows(
      session,
      table,
      columns,
      batch.flatMap((rows) => rows.support[key]),
    );
  for (const [key, table, columns] of COMMUNITY_TABLES)
    await bulkInsertRows(
      session,
      table,
      columns,
      batch.flatMap((rows) => rows.community[key]),
    );
  await bulkInsertRows(
    session,
    'contacts',
    CONTACT_COLUMNS,
    batch.flatMap((rows) => rows.contacts),
  );
  await countAttendance(session, [...new Set(batch.flatMap((rows) => rows.groupIds))]);
}
