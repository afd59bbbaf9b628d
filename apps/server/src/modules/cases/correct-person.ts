import type { PersonIdentity } from '@lantern/domain';
import { type CorrectPersonInput, type PersonCorrected, todayInVietNam } from '@lantern/domain';
import { eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { personMatchKeys, persons } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, type FieldProblem } from '../../lib/errors';
import { addCaseEvent } from '../case-work/case-in-work';
import { checkPerson } from './check-case-input';
import { findCandidates } from './find-candidates';
import { changedIdentityFields, changedProfileFields, profileColumns, profileOf } from './person-changes';
import { keepIdentityHistory } from './person-history';
import {
  ageBandFor,
  evidenceOf,
  matchKeyHashes,
  openIdentity,
  type PersonProfile,
  sealIdentity,
} from './person-identity';
import { countCorrections, personForCorrection } from './person-record';

/** Registration's checks name fields under `person.`; a correction's body has them at its top level. */
const asBodyField = (problem: FieldProblem): FieldProblem => ({
  ...problem,
  field: problem.field.replace(/^person\./, ''),
});

/** The blind-index keys are derived anew exactly as registration derives them; the old ones go. */
async function rederiveMatchKeys(
  tx: Tx,
  ctx: RequestContext,
  personId: string,
  identity: PersonIdentity,
  profile: PersonProfile,
) {
  await tx.delete(personMatchKeys).where(eq(personMatchKeys.personId, personId));
  const hashes = [...new Set(matchKeyHashes(ctx.secrets, evidenceOf(identity, profile), 'stored'))];
  if (hashes.length > 0)
    await tx.insert(personMatchKeys).values(hashes.map((keyHash) => ({ personId, keyHash })));
}

/**
 * Corrects a registered person's identity and/or profile. Based on the version the corrector saw: a newer
 * correction on the server is never overwritten (409). The old identity is kept sealed in the history with the
 * reason; the timeline and the audit event name the fields changed, never their values. A correction may make
 * the person look like someone registered elsewhere: how many such probable duplicates is answered (the
 * duplicates review decides what to do), without counting as a search of the corrector's.
 */
export async function correctPerson(
  ctx: RequestContext,
  caseId: string,
  input: CorrectPersonInput,
): Promise<PersonCorrected> {
  authorize(ctx, 'case.update');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  if (!input.identity && !input.profile)
    throw new AppError(400, 'validation', {}, [{ field: 'identity', code: 'required', message: '' }]);
  return ctx.transaction(async (tx) => {
    const { kase, person } = await personForCorrection(tx, ctx, caseId, true);
    if (person.updatedAt.toISOString() !== input.version) throw new AppError(409, 'person.stale_correction');
    const before = {
      identity: openIdentity(ctx.secrets, person.id, person.identitySealed),
      profile: profileOf(person),
    };
    const identity = input.identity ?? before.identity;
    const profile = input.profile ?? before.profile;
    const problems = checkPerson(identity, profile, todayInVietNam()).map(asBodyField);
    if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);

    const changed = {
      identity: changedIdentityFields(before.identity, identity),
      profile: changedProfileFields(before.profile, profile),
    };
    let version = person.updatedAt;
    let probableDuplicates = 0;
    if (changed.identity.length + changed.profile.length > 0) {
      version = new Date();
      if (changed.identity.length > 0)
        await keepIdentityHistory(tx, ctx.secrets, {
          personId: person.id,
          before: before.identity,
          reason: input.reason,
          fields: changed.identity,
          changedBy: actor.userId,
        });
      await tx
        .update(persons)
        .set({
          identitySealed: sealIdentity(ctx.secrets, person.id, identity),
          ...profileColumns(profile),
          ageBand: ageBandFor(identity, kase.receivedOn),
          updatedAt: version,
        })
        .where(eq(persons.id, person.id));
      await rederiveMatchKeys(tx, ctx, person.id, identity, profile);
      const candidates = await findCandidates(tx, ctx, evidenceOf(identity, profile));
      probableDuplicates = candidates.filter(
        (candidate) => candidate.band === 'probable' && candidate.caseCode !== kase.code,
      ).length;
      if (changed.identity.length > 0)
        await addCaseEvent(tx, ctx, caseId, 'identity.corrected', {
          fields: changed.identity.join(','),
          probableDuplicates,
        });
      if (changed.profile.length > 0)
        await addCaseEvent(tx, ctx, caseId, 'profile.updated', { fields: changed.profile.join(',') });
    }
    const corrections = await countCorrections(tx, person.id);
    // Last: the audit chain's head stays locked from here to the commit.
    await recordAudit(tx, ctx, {
      action: 'person.correct',
      resourceType: 'case',
      resourceId: caseId,
      details: {
        person: person.id,
        identityFields: changed.identity.join(','),
        profileFields: changed.profile.join(','),
        probableDuplicates,
      },
    });
    return { identity, profile, version: version.toISOString(), corrections, changed, probableDuplicates };
  });
}
