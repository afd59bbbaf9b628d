import { describe, expect, it } from 'vitest';
import { ageOn } from '../cases/age-band';
import {
  type CaseAction,
  type CaseState,
  type ClosureReason,
  checkTransition,
  closureReasons,
  isVerificationOverdue,
} from '../cases/lifecycle';
import { seedAgencyTypes, seedRoles } from '../identity/roles';
import { findUnit, provinces } from '../reference/admin-units';
import { isCountryCode } from '../reference/countries';
import { toVietNamDate } from '../reference/dates';
import { findLanguage } from '../reference/languages';
import { validateAnswers } from '../screening/answers';
import { findShippedInstrument } from '../screening/instruments';
import { scoreScreening } from '../screening/score';
import { isKnownCode, type VocabularyId } from '../vocabularies/registry';
import {
  agencyTypesIn,
  BORDER_PROVINCES,
  REGISTERING_AGENCY_TYPES,
  SYNTHETIC_PROVINCES,
  type SyntheticRegistration,
  syntheticRegistration,
  syntheticRegistrations,
  syntheticTraffickingStatus,
} from '.';

const options = { seed: 20260315, asOf: '2026-03-15' };
const sample = syntheticRegistrations(options, 0, 3000);
const asOf = options.asOf;

const day = (instant: string) => toVietNamDate(instant);
const isAdult = (r: SyntheticRegistration) => (ageOn(r.person, r.case.receivedOn) ?? 99) >= 18;
const shareOf = <T>(items: readonly T[], test: (item: T) => boolean) =>
  items.filter(test).length / items.length;

describe('synthetic registrations', () => {
  it('are a pure function of seed, asOf and position, in any order', () => {
    const indices = [2999, 0, 1234, 57, 2000, ...sample.filter((r) => r.duplicateOf).map((r) => r.index)];
    for (const index of indices) expect(syntheticRegistration(options, index)).toEqual(sample[index]);
    expect(syntheticRegistrations(options, 1500, 1510)).toEqual(sample.slice(1500, 1510));
    const other = syntheticRegistrations({ ...options, seed: options.seed + 1 }, 0, 50);
    const same = other.filter((r, index) => JSON.stringify(r) === JSON.stringify(sample[index]));
    expect(same).toHaveLength(0);
    expect(() => syntheticRegistration(options, -1)).toThrow(RangeError);
  });

  it('follow only allowed transitions, in order, never after asOf', () => {
    for (const r of sample) {
      const [registered, ...transitions] = r.events;
      expect(registered?.kind).toBe('registered');
      expect(registered?.at).toBe(r.createdAt);
      expect(r.case.receivedOn <= day(r.createdAt)).toBe(true);
      let state: CaseState = 'received';
      let closedFrom: CaseState | null = null;
      let previous = r.createdAt;
      let decided = false;
      for (const event of transitions) {
        expect(event.at >= previous).toBe(true);
        expect(day(event.at) <= asOf).toBe(true);
        previous = event.at;
        const action = event.kind.replace('transition.', '') as CaseAction;
        const decision =
          action === 'identify' || action === 'record_not_victim'
            ? {
                decidedBy: r.case.statusDecidedBy as string,
                decidedOn: r.case.statusDecidedOn as string,
                legalBasis: r.case.statusLegalBasis as string,
              }
            : undefined;
        if (decision) decided = true;
        const result = checkTransition(
          state,
          action,
          {
            ...(decision ? { decision } : {}),
            ...(event.details.closureReason ? { closureReason: String(event.details.closureReason) } : {}),
            ...(event.details.reason ? { reason: String(event.details.reason) } : {}),
          },
          { closedFrom, today: asOf },
        );
        expect(result).toEqual({ ok: true, to: event.details.to });
        expect(event.details.from).toBe(state);
        if (action === 'close') closedFrom = state;
        if (action === 'reopen') closedFrom = null;
        state = (result as { to: CaseState }).to;
      }
      expect(r.case.state).toBe(state);
      expect(r.case.closedFrom ?? null).toBe(state === 'closed' ? closedFrom : null);
      expect(r.case.closureReason !== undefined).toBe(state === 'closed');
      expect(r.case.statusDecidedOn !== undefined).toBe(decided);
      if (r.case.statusDecidedOn) {
        expect(r.case.statusDecidedOn >= r.case.receivedOn && r.case.statusDecidedOn <= asOf).toBe(true);
        expect(r.case.statusLegalBasis?.length).toBeGreaterThan(10);
      }
    }
  });

  it('use only codes that exist', () => {
    const codes = (vocabulary: VocabularyId, values: readonly (string | undefined)[]) => {
      for (const value of values)
        if (value !== undefined)
          expect([vocabulary, value, isKnownCode(vocabulary, value)]).toEqual([vocabulary, value, true]);
    };
    const province = (code: string | undefined) =>
      code === undefined || expect(findUnit(code, '2025')?.level).toBe('province');
    const commune = (code: string | undefined, of: string | undefined) =>
      code === undefined || expect(findUnit(code, '2025')?.parentCode).toBe(of);
    for (const r of sample) {
      const c = r.case;
      codes('vn-intake-route', [c.intakeRoute]);
      codes('vn-subject-category', [c.subjectCategory]);
      codes('exploitation-type', c.exploitationTypes);
      codes('control-method', c.controlMethods);
      codes('recruitment-method', c.recruitmentMethods);
      codes('online-platform', c.recruitmentPlatforms);
      codes('relationship-to-trafficker', [c.relationshipToRecruiter]);
      codes('status-deciding-organisation', [c.statusDecidedBy]);
      codes('education-level', [r.profile.educationLevel]);
      codes('marital-status', [r.profile.maritalStatus]);
      if (c.closureReason) expect(closureReasons).toContain(c.closureReason as ClosureReason);
      codes('ethnicity', [r.profile.ethnicity]);
      for (const language of r.profile.languages) expect(findLanguage(language)?.code).toBe(language);
      if (r.profile.nationality) expect(isCountryCode(r.profile.nationality)).toBe(true);
      province(r.person.homeProvinceCode);
      commune(r.person.homeCommuneCode, r.person.homeProvinceCode);
      expect(SYNTHETIC_PROVINCES).toContain(r.agencyProvinceCode);
      expect(REGISTERING_AGENCY_TYPES).toContain(r.agencyType);
      expect(agencyTypesIn(r.agencyProvinceCode)).toContain(r.agencyType);
      const stops = [c.journey.recruitment, ...(c.journey.transit ?? []), ...(c.journey.exploitation ?? [])];
      for (const stop of stops) {
        if (!stop) continue;
        if (stop.country) expect(isCountryCode(stop.country)).toBe(true);
        province(stop.provinceCode);
        commune(stop.communeCode, stop.provinceCode);
        if (stop.from && stop.to) expect(stop.from <= stop.to).toBe(true);
        for (const date of [stop.from, stop.to]) if (date) expect(date <= c.receivedOn).toBe(true);
      }
      if (c.journey.returnedOn) expect(c.journey.returnedOn <= c.receivedOn).toBe(true);
      for (const consent of r.consents) {
        for (const type of consent.sharingAgencyTypes) expect(seedAgencyTypes).toContain(type);
        expect(findLanguage(consent.language)).toBeDefined();
        expect(consent.obtainedOn <= asOf).toBe(true);
      }
      for (const note of r.notes)
        for (const role of note.restrictedToRoles) expect(seedRoles.map((x) => x.code)).toContain(role);
    }
  });

  it('carry screenings that validate and score, told before registration', () => {
    const instrument = findShippedInstrument('act-means-purpose', 1);
    if (!instrument) throw new Error('act-means-purpose v1 is not shipped');
    const screened = sample.filter((r) => r.screening);
    expect(screened.length / sample.length).toBeGreaterThan(0.5);
    expect(screened.length / sample.length).toBeLessThan(0.7);
    let possible = 0;
    let identified = 0;
    for (const r of screened) {
      const s = r.screening as NonNullable<SyntheticRegistration['screening']>;
      expect([s.instrumentId, s.instrumentVersion]).toEqual(['act-means-purpose', 1]);
      expect(validateAnswers(instrument, s.answers)).toEqual([]);
      const result = scoreScreening(instrument, s.answers);
      expect(day(s.screenedAt) <= r.case.receivedOn).toBe(true);
      expect(s.screenedAt <= r.createdAt).toBe(true);
      expect(findLanguage(s.interviewLanguage)).toBeDefined();
      expect(findUnit(s.provinceCode, '2025')?.level).toBe('province');
      if (s.communeCode) expect(findUnit(s.communeCode, '2025')?.parentCode).toBe(s.provinceCode);
      if (syntheticTraffickingStatus(r) === 'ActualVictimOfTrafficking') {
        identified += 1;
        if (result.outcome === 'possible-victim') possible += 1;
      }
    }
    // Victims tell of an act, a means and a purpose; some decline or do not know.
    expect(possible / identified).toBeGreaterThan(0.6);
  });

  it('label second records and namesakes against earlier originals', () => {
    const duplicates = sample.filter((r) => r.duplicateOf !== undefined);
    const namesakes = sample.filter((r) => r.namesakeOf !== undefined);
    expect(duplicates.length / sample.length).toBeGreaterThan(0.015);
    expect(duplicates.length / sample.length).toBeLessThan(0.05);
    expect(namesakes.length).toBeGreaterThan(2);
    for (const r of duplicates) {
      const original = sample[r.duplicateOf as number] as SyntheticRegistration;
      expect(r.duplicateOf).toBeLessThan(r.index);
      expect(original.duplicateOf).toBeUndefined();
      expect(r.individual).toBe(original.individual);
      expect(r.person.individual).toBe(original.individual);
      expect(r.case.receivedOn >= original.case.receivedOn).toBe(true);
      expect([r.agencyType, r.agencyProvinceCode]).not.toEqual([
        original.agencyType,
        original.agencyProvinceCode,
      ]);
      expect(r.case.exploitationTypes).toEqual(original.case.exploitationTypes);
    }
    for (const r of namesakes) {
      const original = sample[r.namesakeOf as number] as SyntheticRegistration;
      expect(r.namesakeOf).toBeLessThan(r.index);
      expect(r.individual).toBe(r.index);
      expect(r.person.fullName).toBe(original.person.fullName);
      expect(r.person.dateOfBirth?.slice(0, 4)).toBe(original.person.dateOfBirth?.slice(0, 4));
      expect(r.person.dateOfBirth).not.toBe(original.person.dateOfBirth);
    }
    for (const r of sample) if (r.duplicateOf === undefined) expect(r.individual).toBe(r.index);
  });

  it('look like the published patterns', () => {
    expect(shareOf(sample, (r) => r.person.sex === 'Feminine')).toBeGreaterThan(0.6);
    expect(shareOf(sample, (r) => r.person.sex === 'Feminine')).toBeLessThan(0.8);
    const scam = sample.filter((r) => r.case.exploitationTypes.includes('vn.ForcedOnlineScam'));
    const online = (r: SyntheticRegistration) =>
      r.case.recruitmentMethods.some(
        (m) => m === 'ThroughOnlineSocialNetworks' || m === 'ThroughAnOnlineAdvertisement',
      );
    expect(scam.length / sample.length).toBeGreaterThan(0.08);
    expect(shareOf(scam, online)).toBeGreaterThan(0.7);
    expect(
      shareOf(scam, (r) => ['KHM', 'MMR', 'LAO'].includes(r.case.journey.exploitation?.[0]?.country ?? '')),
    ).toBeGreaterThan(0.85);
    const marriage = sample.filter((r) => r.case.exploitationTypes.includes('ForcedMarriage'));
    expect(marriage.length / sample.length).toBeGreaterThan(0.05);
    expect(
      shareOf(marriage, (r) => r.case.journey.exploitation?.some((s) => s.country === 'CHN') ?? false),
    ).toBeGreaterThan(0.9);
    expect(shareOf(marriage, (r) => r.person.sex === 'Feminine')).toBe(1);
    expect(shareOf(sample, (r) => r.agencyType === 'social_work_centre')).toBeGreaterThan(0.3);
    expect(
      shareOf(sample, (r) => r.profile.ethnicity !== undefined && r.profile.ethnicity !== '01'),
    ).toBeGreaterThan(0.1);
    const received = sample.map((r) => r.case.receivedOn).sort();
    expect(received[0] && received[0] >= '2023-03-15').toBe(true);
    expect(shareOf(sample, (r) => r.case.receivedOn >= '2025-03-15')).toBeGreaterThan(0.4);
    expect(shareOf(sample, (r) => day(r.createdAt) > r.case.receivedOn)).toBeGreaterThan(0.02);
    expect(
      shareOf(sample, (r) => isVerificationOverdue(r.case.state, r.case.receivedOn, asOf)),
    ).toBeGreaterThan(0.005);
    const started = sample
      .map((r) => r.events.find((e) => e.kind === 'transition.start_verification'))
      .filter((e) => e !== undefined);
    expect(started.length).toBeGreaterThan(0);
  });

  it('take consent from a guardian for a child, and from the person otherwise', () => {
    const children = sample.filter((r) => !isAdult(r));
    expect(children.length).toBeGreaterThan(30);
    for (const r of sample) {
      expect(r.consents.some((c) => c.purpose === 'services')).toBe(true);
      for (const consent of r.consents) {
        expect(consent.givenBy).toBe(isAdult(r) ? 'person' : 'guardian');
        expect(typeof consent.childAssent).toBe(isAdult(r) ? 'undefined' : 'boolean');
        if (consent.method === 'verbal_witnessed') expect(consent.witness).toMatch(/^\p{Lu}/u);
        if (consent.purpose === 'sharing') expect(consent.sharingAgencyTypes.length).toBeGreaterThan(0);
      }
    }
  });

  it('date notes and tasks inside the case, some of them restricted or overdue', () => {
    const notes = sample.flatMap((r) => r.notes.map((note) => ({ r, note })));
    const restricted = shareOf(notes, ({ note }) => note.sensitivity === 'restricted');
    expect(restricted).toBeGreaterThan(0.04);
    expect(restricted).toBeLessThan(0.2);
    for (const { r, note } of notes) {
      expect(note.at >= r.createdAt && day(note.at) <= asOf).toBe(true);
      expect(note.body).toMatch(/^\p{Lu}.*\.$/u);
      expect(note.restrictedToRoles.length > 0).toBe(note.sensitivity === 'restricted');
    }
    const tasks = sample.flatMap((r) => r.tasks.map((task) => ({ r, task })));
    for (const { r, task } of tasks) {
      expect(task.createdAt >= r.createdAt && day(task.createdAt) <= asOf).toBe(true);
      expect(task.dueOn >= day(task.createdAt)).toBe(true);
      if (task.doneOn) expect(task.doneOn >= day(task.createdAt) && task.doneOn <= asOf).toBe(true);
    }
    expect(tasks.some(({ task }) => !task.doneOn && task.dueOn < asOf)).toBe(true);
  });

  it('give the loader one agency rule for every province', () => {
    expect(SYNTHETIC_PROVINCES).toEqual(provinces('2026-01-01').map((unit) => unit.code));
    expect(SYNTHETIC_PROVINCES).toHaveLength(34);
    for (const code of BORDER_PROVINCES) expect(SYNTHETIC_PROVINCES).toContain(code);
    for (const code of SYNTHETIC_PROVINCES) {
      expect(agencyTypesIn(code).includes('border_guard_post')).toBe(BORDER_PROVINCES.has(code));
      for (const type of agencyTypesIn(code)) expect(seedAgencyTypes).toContain(type);
    }
    expect(BORDER_PROVINCES.has('15')).toBe(true); // Lào Cai, on the border with China
    expect(BORDER_PROVINCES.has('80')).toBe(true); // Tây Ninh, on the border with Cambodia
    expect(BORDER_PROVINCES.has('01')).toBe(false);
  });
});
