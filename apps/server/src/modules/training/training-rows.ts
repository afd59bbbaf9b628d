import {
  isFrontlineRole,
  type TrainingEvent,
  type TrainingParticipantInput,
  todayInVietNam,
  vocabularies,
} from '@lantern/domain';
import { and, eq, inArray } from 'drizzle-orm';
import { agencies, type trainingEvents, trainingParticipants, users } from '../../db/schema';
import type { Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import type { FieldProblems } from '../support/support-checks';

const toolCodes = new Set(vocabularies['vn-training-tool'].codes.map((entry) => entry.code));
const roleCodes = new Set(vocabularies['vn-training-role'].codes.map((entry) => entry.code));

type EventRow = typeof trainingEvents.$inferSelect;

/** The fields a form sends, checked against the vocabularies; every problem is named at once. */
export function checkTrainingFields(
  problems: FieldProblems,
  input: { heldOn?: string; tools?: string[]; participants?: TrainingParticipantInput[] },
): void {
  if (input.heldOn && input.heldOn > todayInVietNam()) problems.add('heldOn', 'in_future');
  input.tools?.forEach((tool, index) => {
    if (!toolCodes.has(tool)) problems.add(`tools.${index}`, 'invalid_value');
  });
  input.participants?.forEach((line, index) => {
    if (!roleCodes.has(line.role)) problems.add(`participants.${index}.role`, 'invalid_value');
    if (line.userId && line.count !== 1) problems.add(`participants.${index}.count`, 'training_named_one');
  });
}

/**
 * Participant agencies must exist and not be disabled; a named participant must be a user of that agency whom
 * the recorder may see (row-level security on users decides, so in practice the recorder's own agency).
 */
export async function checkParticipants(
  tx: Tx,
  problems: FieldProblems,
  participants: TrainingParticipantInput[],
): Promise<void> {
  const agencyIds = [...new Set(participants.map((line) => line.agencyId))];
  const found = await tx
    .select({ id: agencies.id, disabledAt: agencies.disabledAt })
    .from(agencies)
    .where(inArray(agencies.id, agencyIds));
  const active = new Set(found.filter((row) => row.disabledAt === null).map((row) => row.id));
  for (const [index, line] of participants.entries()) {
    if (!active.has(line.agencyId)) problems.add(`participants.${index}.agencyId`, 'unknown_agency');
    else if (line.userId) {
      const [user] = await tx
        .select({ id: users.id })
        .from(users)
        .where(and(eq(users.id, line.userId), eq(users.agencyId, line.agencyId)));
      if (!user) problems.add(`participants.${index}.userId`, 'training_user_not_in_agency');
    }
  }
}

export async function insertParticipants(tx: Tx, eventId: string, participants: TrainingParticipantInput[]) {
  await tx.insert(trainingParticipants).values(
    participants.map((line) => ({
      id: newId(),
      eventId,
      agencyId: line.agencyId,
      role: line.role,
      sex: line.sex ?? null,
      staffCount: line.userId ? 1 : line.count,
      userId: line.userId ?? null,
    })),
  );
}

/** What an audit event says of a training: how many people by role, never who. */
export function participantTotals(participants: { role: string; count: number }[]) {
  const total = participants.reduce((sum, line) => sum + line.count, 0);
  const frontline = participants
    .filter((line) => isFrontlineRole(line.role))
    .reduce((sum, line) => sum + line.count, 0);
  return { total, frontline };
}

/** Trainings with their participant lines, agencies and named users, as the register shows them. */
export async function trainingViews(tx: Tx, rows: EventRow[]): Promise<TrainingEvent[]> {
  if (rows.length === 0) return [];
  const lines = await tx
    .select({
      line: trainingParticipants,
      agencyName: agencies.name,
      displayName: users.displayName,
    })
    .from(trainingParticipants)
    .innerJoin(agencies, eq(agencies.id, trainingParticipants.agencyId))
    .leftJoin(users, eq(users.id, trainingParticipants.userId))
    .where(
      inArray(
        trainingParticipants.eventId,
        rows.map((row) => row.id),
      ),
    )
    .orderBy(trainingParticipants.id);
  const organisers = await tx
    .select({ id: agencies.id, name: agencies.name })
    .from(agencies)
    .where(inArray(agencies.id, [...new Set(rows.map((row) => row.agencyId))]));
  const organiserName = new Map(organisers.map((row) => [row.id, row.name]));
  return rows.map((row) => {
    const participants = lines
      .filter(({ line }) => line.eventId === row.id)
      .map(({ line, agencyName, displayName }) => ({
        id: line.id,
        agency: { id: line.agencyId, name: agencyName },
        role: line.role,
        sex: line.sex,
        count: line.staffCount,
        user: line.userId ? { id: line.userId, displayName: displayName ?? '' } : null,
      }));
    const totals = participantTotals(participants);
    return {
      id: row.id,
      heldOn: row.heldOn,
      title: row.title,
      tools: row.tools,
      agency: { id: row.agencyId, name: organiserName.get(row.agencyId) ?? '' },
      participants,
      totalParticipants: totals.total,
      frontlineParticipants: totals.frontline,
    };
  });
}
