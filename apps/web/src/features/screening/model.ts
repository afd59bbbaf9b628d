import {
  type AnswerValue,
  type CreateScreeningInput,
  effectiveAnswers,
  type Instrument,
  type InstrumentSummary,
  type Question,
  type Section,
  visibleQuestions,
  withPrefilledAnswers,
} from '@lantern/domain';
import { newDraftId } from './draft-id';

export { newDraftId };

/**
 * The screening wizard as plain data: what a draft holds, which steps it has, and what is sent. Kept free
 * of React and storage so the rules (shared answers, hidden questions, step order) are tested directly.
 */

export interface ChosenInstrument {
  id: string;
  version: number;
}

export type Consent = 'yes' | 'no' | null;

/**
 * A screening in progress on this device. It never holds a name or any other identifying detail (the
 * instruments ask none): only the interview's setting, the chosen instruments and the answers.
 */
export interface ScreeningDraft {
  format: 1;
  /** Sent with the screening, so a submission repeated after a lost connection is stored once. */
  clientDraftId: string;
  userId: string;
  createdAt: string;
  updatedAt: string;
  consent: Consent;
  /** When the person agreed: the time of the screening. */
  consentAt: string | null;
  interviewLanguage: string;
  interpreterUsed: boolean | null;
  provinceCode: string | null;
  communeCode: string | null;
  /** In interview order: the default screen first, then extensions, then the vulnerability screen. */
  instruments: ChosenInstrument[];
  /** instrument id → question id → answer. */
  answers: Record<string, Record<string, AnswerValue>>;
  /** Key of the step on screen (see stepKey). */
  step: string;
  /** The one-stop office contact the screening was started from (#18), linked by the server on submission. */
  contactId?: string | null;
}

export const SETUP_STEP = 'setup';
export const REVIEW_STEP = 'review';

export type WizardStep =
  | { key: typeof SETUP_STEP; kind: 'setup' }
  | {
      key: string;
      kind: 'section';
      instrument: Instrument;
      section: Section;
      questions: Question[];
    }
  | { key: typeof REVIEW_STEP; kind: 'review' };

export function newDraft(userId: string, now = new Date()): ScreeningDraft {
  return {
    format: 1,
    clientDraftId: newDraftId(),
    userId,
    createdAt: now.toISOString(),
    updatedAt: now.toISOString(),
    consent: null,
    consentAt: null,
    interviewLanguage: 'vie',
    interpreterUsed: null,
    provinceCode: null,
    communeCode: null,
    instruments: [],
    answers: {},
    step: SETUP_STEP,
  };
}

const roleRank: Record<InstrumentSummary['role'], number> = {
  default: 0,
  extension: 1,
  vulnerability: 2,
  reintegration: 3,
  // survivor voice (#20): the feedback survey is never offered in a screening; ranked last for completeness.
  feedback: 4,
};

/** The newest version of each instrument in use, in the order they are offered and asked. */
export function latestInstruments(summaries: readonly InstrumentSummary[]): InstrumentSummary[] {
  return summaries
    .filter((summary) => summary.latest)
    .sort((a, b) => roleRank[a.role] - roleRank[b.role] || a.id.localeCompare(b.id));
}

export function stepKey(instrumentId: string, sectionId: string): string {
  return `${instrumentId}/${sectionId}`;
}

/**
 * The steps for a draft: the setting first, then every section of every chosen instrument that has a
 * question to ask with the answers given so far, then a review. Without consent there is nothing to ask.
 */
export function wizardSteps(
  draft: ScreeningDraft,
  definitions: ReadonlyMap<string, Instrument>,
): WizardStep[] {
  const steps: WizardStep[] = [{ key: SETUP_STEP, kind: 'setup' }];
  if (draft.consent !== 'yes') return steps;
  for (const chosen of draft.instruments) {
    const instrument = definitions.get(chosen.id);
    if (!instrument) continue;
    const visible = visibleQuestions(instrument, draft.answers[chosen.id] ?? {});
    for (const section of instrument.sections) {
      const questions = visible
        .filter((entry) => entry.section.id === section.id)
        .map((entry) => entry.question);
      if (questions.length > 0)
        steps.push({
          key: stepKey(instrument.id, section.id),
          kind: 'section',
          instrument,
          section,
          questions,
        });
    }
  }
  steps.push({ key: REVIEW_STEP, kind: 'review' });
  return steps;
}

/** Where the draft stands; a step that disappeared (its section is now hidden) falls back to the setup. */
export function currentStepIndex(draft: ScreeningDraft, steps: readonly WizardStep[]): number {
  const index = steps.findIndex((step) => step.key === draft.step);
  return Math.max(index, 0);
}

const sameAnswer = (a: AnswerValue | undefined, b: AnswerValue | undefined) =>
  JSON.stringify(a) === JSON.stringify(b);

function hasQuestion(instrument: Instrument | undefined, questionId: string): boolean {
  return instrument?.sections.some((section) => section.questions.some((q) => q.id === questionId)) ?? false;
}

/**
 * Records an answer (undefined clears it). Instruments share some questions (the age group): the answer
 * is carried into every other chosen instrument that asks the same question and has not been given a
 * different answer there, so the person is not asked twice.
 */
export function withAnswer(
  draft: ScreeningDraft,
  definitions: ReadonlyMap<string, Instrument>,
  instrumentId: string,
  questionId: string,
  value: AnswerValue | undefined,
): ScreeningDraft {
  const previous = draft.answers[instrumentId]?.[questionId];
  const answers: ScreeningDraft['answers'] = {};
  for (const chosen of draft.instruments) {
    const own = { ...(draft.answers[chosen.id] ?? {}) };
    const target =
      chosen.id === instrumentId ||
      (hasQuestion(definitions.get(chosen.id), questionId) &&
        (own[questionId] === undefined || sameAnswer(own[questionId], previous)));
    if (target) {
      if (value === undefined) delete own[questionId];
      else own[questionId] = value;
    }
    answers[chosen.id] = own;
  }
  return {
    ...draft,
    answers: withPrefilledAnswers(chosenDefinitions(draft, definitions), answers, draft.answers),
  };
}

/** Fills the shared questions of a newly chosen instrument from the instruments before it. */
export function withSharedAnswers(
  draft: ScreeningDraft,
  definitions: ReadonlyMap<string, Instrument>,
): ScreeningDraft {
  const answers: ScreeningDraft['answers'] = {};
  const known = new Map<string, AnswerValue>();
  for (const chosen of draft.instruments) {
    const own = { ...(draft.answers[chosen.id] ?? {}) };
    const instrument = definitions.get(chosen.id);
    for (const question of instrument?.sections.flatMap((section) => section.questions) ?? []) {
      const carried = known.get(question.id);
      if (own[question.id] === undefined && carried !== undefined) own[question.id] = carried;
      const value = own[question.id];
      if (value !== undefined && !known.has(question.id)) known.set(question.id, value);
    }
    answers[chosen.id] = own;
  }
  return { ...draft, answers: withPrefilledAnswers(chosenDefinitions(draft, definitions), answers) };
}

const chosenDefinitions = (draft: ScreeningDraft, definitions: ReadonlyMap<string, Instrument>) =>
  draft.instruments.flatMap((chosen) => definitions.get(chosen.id) ?? []);

/** Whether an earlier chosen instrument asks the same question (its answer was carried over). */
export function isSharedWithEarlier(
  draft: ScreeningDraft,
  definitions: ReadonlyMap<string, Instrument>,
  instrumentId: string,
  questionId: string,
): boolean {
  for (const chosen of draft.instruments) {
    if (chosen.id === instrumentId) return false;
    if (hasQuestion(definitions.get(chosen.id), questionId)) return true;
  }
  return false;
}

/** Chooses or drops an instrument, keeping the interview order of the catalogue. */
export function withInstrument(
  draft: ScreeningDraft,
  summaries: readonly InstrumentSummary[],
  definitions: ReadonlyMap<string, Instrument>,
  instrument: ChosenInstrument,
  chosen: boolean,
): ScreeningDraft {
  const others = draft.instruments.filter((entry) => entry.id !== instrument.id);
  const next = chosen ? [...others, instrument] : others;
  const order = latestInstruments(summaries).map((summary) => summary.id);
  const rank = (id: string) => {
    const index = order.indexOf(id);
    return index < 0 ? order.length : index;
  };
  next.sort((a, b) => rank(a.id) - rank(b.id));
  return withSharedAnswers({ ...draft, instruments: next }, definitions);
}

/** Questions on the visible path left without any answer (they count as "unknown"). */
export function unansweredCount(draft: ScreeningDraft, definitions: ReadonlyMap<string, Instrument>): number {
  let count = 0;
  for (const chosen of draft.instruments) {
    const instrument = definitions.get(chosen.id);
    if (!instrument) continue;
    const answers = draft.answers[chosen.id] ?? {};
    for (const { question } of visibleQuestions(instrument, answers))
      if (answers[question.id] === undefined) count += 1;
  }
  return count;
}

export function answeredCount(draft: ScreeningDraft): number {
  return Object.values(draft.answers).reduce((sum, answers) => sum + Object.keys(answers).length, 0);
}

/**
 * What is sent: the answers to the questions the interviewer was shown. An answer left behind on a path
 * that a later change hid is dropped, as the server refuses answers to hidden questions.
 */
export function screeningSubmission(
  draft: ScreeningDraft,
  definitions: ReadonlyMap<string, Instrument>,
): CreateScreeningInput {
  return {
    clientDraftId: draft.clientDraftId,
    screenedAt: draft.consentAt ?? draft.createdAt,
    consentToInterview: true,
    interviewLanguage: draft.interviewLanguage,
    interpreterUsed: draft.interpreterUsed ?? false,
    ...(draft.provinceCode ? { provinceCode: draft.provinceCode } : {}),
    ...(draft.provinceCode && draft.communeCode ? { communeCode: draft.communeCode } : {}),
    ...(draft.contactId ? { contactId: draft.contactId } : {}),
    responses: draft.instruments.flatMap((chosen) => {
      const instrument = definitions.get(chosen.id);
      if (!instrument) return [];
      return [
        {
          instrumentId: chosen.id,
          instrumentVersion: chosen.version,
          answers: effectiveAnswers(instrument, draft.answers[chosen.id] ?? {}),
        },
      ];
    }),
  };
}

/** Reads a stored draft defensively: storage can hold anything an older version or another tab left. */
export function parseDraft(text: string | null, userId: string): ScreeningDraft | null {
  if (!text) return null;
  try {
    const value = JSON.parse(text) as Partial<ScreeningDraft> | null;
    if (
      value?.format !== 1 ||
      typeof value.clientDraftId !== 'string' ||
      value.userId !== userId ||
      !Array.isArray(value.instruments) ||
      typeof value.answers !== 'object' ||
      value.answers === null
    )
      return null;
    return { ...newDraft(userId), ...value } as ScreeningDraft;
  } catch {
    return null;
  }
}
