import type { CaseDetails } from '../api/cases';
import type { SyntheticPerson } from '../matching/synthetic-people';
import type { CaseStory } from './case-story';
import { consentsFor } from './consents';
import { ETHNIC_LANGUAGES, LANGUAGE_NAMES_VI } from './ethnicity';
import { type NoteContext, noteFor } from './notes';
import { COUNTRY_NAMES_VI, communeCodesOf, placeName } from './places';
import { between, Clock, chance, drawWeighted, isoOf, type Random } from './random';
import { SCREENING_INSTRUMENT, screeningAnswers } from './screening-answers';
import { taskFor } from './tasks';
import { type Phase, simulateCase } from './timeline';
import type { SyntheticEvent, SyntheticRegistration, SyntheticScreening } from './types';

/** Everything decided about one agency's record before its life in the system is played out. */
export interface Draft {
  index: number;
  individual: number;
  duplicateOf?: number;
  namesakeOf?: number;
  person: SyntheticPerson;
  profile: SyntheticRegistration['profile'];
  agencyType: string;
  agencyProvinceCode: string;
  story: CaseStory;
  /** This agency's account of the case (a second agency may know less). */
  details: Omit<CaseDetails, 'receivedOn' | 'subjectCategory'>;
  receivedDay: number;
  age: number;
  female: boolean;
  ethnicity: string;
  screeningChance: number;
}

const RESTRICTED_ROLES = ['supervisor', 'case_worker'];

function dayIn(random: Random, phase: Phase, early: boolean): number {
  const span = phase.to - phase.from + 1;
  return phase.from + Math.floor(random() * (early ? Math.min(span, 10) : span));
}

/** Plays out the record's life until `asOfDay`: timeline, screening, consents, notes and tasks. */
export function assemble(random: Random, draft: Draft, asOfDay: number): SyntheticRegistration {
  const { story, receivedDay, age, person } = draft;
  const child = age < 18;
  const crossBorder = story.destination !== 'VNM';
  const createdDay = chance(random, 0.05)
    ? Math.min(asOfDay, receivedDay + between(random, 1, 30))
    : receivedDay;
  const timeline = simulateCase(random, {
    receivedDay,
    asOfDay,
    notVictim: story.notVictim,
    duplicate: draft.duplicateOf !== undefined,
    receivedByBorderGuard: draft.agencyType === 'border_guard_post',
    crossBorder,
  });
  const identified = timeline.steps.some((step) => step.action === 'identify');

  const clock = new Clock(random);
  const homeLanguage = ETHNIC_LANGUAGES[draft.ethnicity];
  const speaksVietnamese = draft.profile.languages.length === 0 || draft.profile.languages.includes('vie');
  const interpreter =
    homeLanguage !== undefined && homeLanguage !== 'yue' && (!speaksVietnamese || chance(random, 0.2));
  let screening: SyntheticScreening | undefined;
  const screeningChance = draft.details.intakeRoute === 'vn.Screening' ? 1 : draft.screeningChance;
  if (chance(random, screeningChance)) {
    const before =
      draft.details.intakeRoute === 'vn.Screening'
        ? between(random, 0, 14)
        : chance(random, 0.7)
          ? 0
          : between(random, 1, 3);
    const provinceCode = chance(random, 0.85)
      ? draft.agencyProvinceCode
      : (person.homeProvinceCode as string);
    screening = {
      screenedAt: clock.at(receivedDay - before),
      instrumentId: SCREENING_INSTRUMENT.id,
      instrumentVersion: SCREENING_INSTRUMENT.version,
      answers: screeningAnswers(random, {
        age,
        pattern: story.pattern,
        notVictim: timeline.steps.some((step) => step.action === 'record_not_victim') || chance(random, 0.03),
        exploitationTypes: draft.details.exploitationTypes,
        controlMethods: draft.details.controlMethods,
        recruitmentMethods: draft.details.recruitmentMethods,
        recruitmentPlatforms: draft.details.recruitmentPlatforms,
      }),
      interviewLanguage: interpreter ? (homeLanguage as string) : 'vie',
      interpreterUsed: interpreter,
      provinceCode,
    };
    if (chance(random, 0.5)) {
      const communes = communeCodesOf(provinceCode);
      const commune = communes[Math.floor(random() * communes.length)];
      if (commune) screening.communeCode = commune;
    }
  }

  const createdAt = clock.at(createdDay);
  const consents = consentsFor(random, {
    child,
    obtainedOn: isoOf(chance(random, 0.9) ? receivedDay : createdDay),
    language: interpreter && chance(random, 0.5) ? (homeLanguage as string) : 'vie',
    verbalLikely: interpreter || draft.profile.educationLevel === 'vn.NoFormalEducation',
  });
  const notesClock = clock.fork();
  const tasksClock = clock.fork();
  const events: SyntheticEvent[] = [
    {
      at: createdAt,
      kind: 'registered',
      details: {
        consents: consents.map((consent) => consent.purpose).join(','),
        screening: screening !== undefined,
        registeredDespite: 0,
      },
    },
  ];
  for (const step of timeline.steps) {
    const details: SyntheticEvent['details'] = {
      from: step.from,
      to: step.to,
      closureReason: step.closureReason ?? null,
    };
    if (step.reason) details.reason = step.reason;
    events.push({ at: clock.at(Math.max(step.day, createdDay)), kind: `transition.${step.action}`, details });
  }

  const registration: SyntheticRegistration = {
    index: draft.index,
    individual: draft.individual,
    person,
    profile: draft.profile,
    agencyType: draft.agencyType,
    agencyProvinceCode: draft.agencyProvinceCode,
    // Built field by field: object spread with extra properties is a slow path in V8.
    case: {
      receivedOn: isoOf(receivedDay),
      intakeRoute: draft.details.intakeRoute,
      exploitationTypes: draft.details.exploitationTypes,
      controlMethods: draft.details.controlMethods,
      recruitmentMethods: draft.details.recruitmentMethods,
      recruitmentPlatforms: draft.details.recruitmentPlatforms,
      journey: draft.details.journey,
      state: timeline.state,
    },
    events,
    consents,
    notes: [],
    tasks: [],
    referrals: [],
    contacts: [],
    createdAt,
  };
  if (draft.details.relationshipToRecruiter)
    registration.case.relationshipToRecruiter = draft.details.relationshipToRecruiter;
  if (draft.duplicateOf !== undefined) registration.duplicateOf = draft.duplicateOf;
  if (draft.namesakeOf !== undefined) registration.namesakeOf = draft.namesakeOf;
  if (screening) registration.screening = screening;
  if (!chance(random, 0.08))
    registration.case.subjectCategory =
      identified && chance(random, 0.9) ? 'vn.Victim' : 'vn.InIdentificationInVietNam';
  if (timeline.closedFrom) registration.case.closedFrom = timeline.closedFrom;
  if (timeline.closureReason) registration.case.closureReason = timeline.closureReason;
  if (timeline.decision) {
    registration.case.statusDecidedBy = timeline.decision.decidedBy;
    registration.case.statusDecidedOn = timeline.decision.decidedOn;
    registration.case.statusLegalBasis = timeline.decision.legalBasis;
  }

  const context: NoteContext = {
    pronoun: age < 20 ? 'em' : draft.female ? 'chị' : 'anh',
    child,
    female: draft.female,
    age,
    pattern: story.pattern,
    homeProvince: placeName(person.homeProvinceCode) ?? 'tỉnh',
    controls: draft.details.controlMethods,
    platforms: draft.details.recruitmentPlatforms,
    years: story.durationDays / 365,
  };
  if (crossBorder) context.country = COUNTRY_NAMES_VI[story.destination] ?? story.destination;
  const homeCommune = placeName(person.homeCommuneCode);
  if (homeCommune) context.homeCommune = homeCommune;
  const workProvince = placeName(story.exploitationProvince);
  if (workProvince) context.workProvince = workProvince;
  if (interpreter && homeLanguage) context.interpreterLanguage = LANGUAGE_NAMES_VI[homeLanguage] as string;

  const phases = timeline.phases;
  const early = timeline.state === 'received' || timeline.state === 'under_verification';
  const noteCount = early
    ? between(random, 0, 1)
    : drawWeighted(random, [
        [0, 10],
        [1, 25],
        [2, 30],
        [3, 20],
        [4, 15],
      ]);
  const noteDays: Array<[number, Phase]> = [];
  for (let i = 0; i < noteCount; i++) {
    const phase = phases[Math.floor(random() * phases.length)] as Phase;
    noteDays.push([Math.max(createdDay, dayIn(random, phase, phase.stage === 'reception')), phase]);
  }
  noteDays.sort((a, b) => a[0] - b[0]);
  const written = new Set<string>();
  for (const [day, phase] of noteDays) {
    let note = noteFor(random, phase.stage, context);
    for (let attempt = 0; attempt < 4 && written.has(note.body); attempt++)
      note = noteFor(random, phase.stage, context);
    if (written.has(note.body)) continue;
    written.add(note.body);
    registration.notes.push({
      at: notesClock.at(day),
      body: note.body,
      sensitivity: note.restricted ? 'restricted' : 'normal',
      restrictedToRoles: note.restricted ? RESTRICTED_ROLES : [],
    });
  }

  const taskCount = drawWeighted(random, [
    [0, 30],
    [1, 35],
    [2, 22],
    [3, 13],
  ]);
  const taskDays: Array<[number, Phase]> = [];
  for (let i = 0; i < taskCount; i++) {
    const phase = phases[Math.floor(random() * phases.length)] as Phase;
    taskDays.push([Math.max(createdDay, dayIn(random, phase, true)), phase]);
  }
  taskDays.sort((a, b) => a[0] - b[0]);
  const titles = new Set<string>();
  const closed = timeline.state === 'closed';
  for (const [day, phase] of taskDays) {
    const { title, dueDays } = taskFor(random, phase.stage, context);
    if (titles.has(title)) continue;
    titles.add(title);
    const due = day + dueDays;
    const task: SyntheticRegistration['tasks'][number] = {
      title,
      dueOn: isoOf(due),
      createdAt: tasksClock.at(day),
    };
    const doneChance = closed ? 0.92 : due <= asOfDay ? 0.75 : 0.2;
    if (chance(random, doneChance)) {
      const latest = Math.min(asOfDay, closed ? Math.max(day, phase.to) : due + 10);
      task.doneOn = isoOf(Math.max(day, between(random, day, Math.max(day, latest))));
    }
    registration.tasks.push(task);
  }
  return registration;
}
