import {
  type CaseDetail,
  type RegisterCaseInput,
  todayInVietNam,
  traffickingStatusFor,
} from '@lantern/domain';
import { and, eq, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { caseEvents, cases, consents, personMatchKeys, persons, screenings } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { newConsentRow } from '../case-work/consent-view';
import { handOverAtRegistration } from '../coordination/hand-over-at-registration';
import { completeScreeningReferral } from '../referrals/complete-screening-referral';
import { screeningReadScope } from '../screening/screening-scope';
import { checkCase, checkConsents, checkPerson } from './check-case-input';
import { findCandidates } from './find-candidates';
import { findCase } from './get-case';
import { profileColumns } from './person-changes';
import { ageBandFor, evidenceOf, matchKeyHashes, sealIdentity } from './person-identity';
import { auditPersonSearch, countPersonSearch, refuseWhenSearchesUsedUp } from './person-search';

async function linkedScreenings(
  tx: Tx,
  ctx: RequestContext,
  screeningId: string | undefined,
): Promise<string[]> {
  if (!screeningId) return [];
  const [found] = await tx
    .select({ id: screenings.id })
    .from(screenings)
    .where(and(screeningReadScope(ctx), eq(screenings.id, screeningId)));
  if (!found)
    throw new AppError(400, 'validation', {}, [{ field: 'screeningId', code: 'invalid_value', message: '' }]);
  return [found.id];
}

/**
 * Registers a person and their case with consent. The identity is sealed before it is written; its blind-index
 * keys go beside it. A probable duplicate anywhere in the country stops the registration unless the user saw it
 * and chose to go on ("registerDespite"), which is recorded on the case. The duplicate check is a search:
 * audited as one, and its "probable duplicate" answers count against the same per-user limit.
 */
export async function registerCase(ctx: RequestContext, input: RegisterCaseInput): Promise<CaseDetail> {
  authorize(ctx, 'case.create');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  const today = todayInVietNam();
  const { identity, profile } = input.person;
  const problems = [
    ...checkPerson(identity, profile, today),
    ...checkCase(input.case, today),
    ...checkConsents(input.consents, identity, today),
  ];
  if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);

  const outcome = await ctx.transaction(async (tx) => {
    await refuseWhenSearchesUsedUp(tx, ctx);
    const evidence = evidenceOf(identity, profile);
    const candidates = await findCandidates(tx, ctx, evidence);
    await auditPersonSearch(tx, ctx, candidates, 'registration');
    const probable = candidates.filter((candidate) => candidate.band === 'probable');
    // An answer that tells of probable duplicates is a search answered: it counts against the user's limit.
    if (probable.length > 0) await countPersonSearch(tx, ctx);
    const unacknowledged = probable.filter(
      (candidate) => !input.registerDespite.includes(candidate.caseCode ?? ''),
    );
    // Returned, not thrown: the transaction commits the search's audit event and nothing else.
    if (unacknowledged.length > 0) return { kind: 'duplicates' as const, candidates: unacknowledged };
    const screeningIds = await linkedScreenings(tx, ctx, input.screeningId);
    // The actor's province, read inside the insert rather than by a query of its own.
    const province = sql`coalesce(lantern_current_province(), '00')`;
    const year = Number(today.slice(0, 4));

    const personId = newId();
    // No RETURNING: the new person becomes readable through its case, inserted below.
    await tx.insert(persons).values({
      id: personId,
      ownerAgencyId: actor.agencyId,
      identitySealed: sealIdentity(ctx.secrets, personId, identity),
      ...profileColumns(profile),
      ageBand: ageBandFor(identity, input.case.receivedOn),
      createdBy: actor.userId,
    });
    const hashes = [...new Set(matchKeyHashes(ctx.secrets, evidence, 'stored'))];
    if (hashes.length > 0)
      await tx.insert(personMatchKeys).values(hashes.map((keyHash) => ({ personId, keyHash })));

    const caseId = newId();
    // The code is drawn last (below): until then the uncommitted case carries a placeholder.
    await tx.insert(cases).values({
      id: caseId,
      code: `pending-${caseId}`,
      personId,
      ownerAgencyId: actor.agencyId,
      provinceCode: province,
      state: 'received',
      receivedOn: input.case.receivedOn,
      traffickingStatus: traffickingStatusFor('received'),
      subjectCategory: input.case.subjectCategory ?? null,
      intakeRoute: input.case.intakeRoute,
      exploitationTypes: input.case.exploitationTypes,
      controlMethods: input.case.controlMethods,
      recruitmentMethods: input.case.recruitmentMethods,
      recruitmentPlatforms: input.case.recruitmentPlatforms,
      relationshipToRecruiter: input.case.relationshipToRecruiter ?? null,
      journey: input.case.journey,
      screeningIds,
      duplicateOverride:
        probable.length > 0
          ? { candidates: probable.map((c) => c.caseCode ?? ''), at: new Date().toISOString() }
          : null,
      createdBy: actor.userId,
    });
    await tx
      .insert(consents)
      .values(input.consents.map((consent) => newConsentRow(ctx.secrets, caseId, consent, actor.userId)));
    await tx.insert(caseEvents).values({
      id: newId(),
      caseId,
      actorUserId: actor.userId,
      kind: 'registered',
      details: {
        consents: input.consents.map((c) => c.purpose).join(','),
        screening: screeningIds[0] ?? null,
        registeredDespite: probable.length,
      },
    });
    await recordAudit(tx, ctx, {
      action: 'case.create',
      resourceType: 'case',
      resourceId: caseId,
      details: {
        person: personId,
        consents: input.consents.length,
        registeredDespiteDuplicates: probable.length,
      },
    });
    // Registered from a screening another agency sent here: that hand-off is done, and its sender is told.
    if (screeningIds[0]) await completeScreeningReferral(tx, ctx, screeningIds[0], caseId, 'case_registered');
    // The province-year counter row stays locked from the draw until commit, and every registration in the
    // province waits for it: drawn as the last statement, the wait is the commit alone.
    const drawCode = async () => {
      const [drawn] = await queryRows<{ code: string }>(
        tx,
        sql`select lantern_assign_case_code(${caseId}, ${year}) as code`,
      );
      if (!drawn) throw new Error('no case code was drawn');
      return drawn.code;
    };
    // Registered by an agency that does no case work: handed to the one that will carry it (a transfer referral).
    // The transfer carries the case code into the recipient's inbox, so on this path the code is drawn first.
    if (input.handOverTo) {
      await drawCode();
      await handOverAtRegistration(tx, ctx, caseId, input.handOverTo.agencyId);
      return { kind: 'registered' as const, detail: await findCase(tx, ctx, caseId) };
    }
    const detail = await findCase(tx, ctx, caseId);
    return { kind: 'registered' as const, detail: { ...detail, code: await drawCode() } };
  });
  if (outcome.kind === 'duplicates')
    throw new AppError(409, 'case.probable_duplicate', { count: outcome.candidates.length }, undefined, {
      candidates: outcome.candidates,
    });
  return outcome.detail;
}
