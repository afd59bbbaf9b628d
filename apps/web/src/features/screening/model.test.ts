import {
  findShippedInstrument,
  type Instrument,
  type InstrumentSummary,
  validateAnswers,
} from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import {
  isSharedWithEarlier,
  newDraft,
  newDraftId,
  parseDraft,
  type ScreeningDraft,
  screeningSubmission,
  unansweredCount,
  withAnswer,
  withInstrument,
  wizardSteps,
} from './model';

const amp = findShippedInstrument('act-means-purpose') as Instrument;
const scam = findShippedInstrument('vn-scam-compound') as Instrument;
const vulnerability = findShippedInstrument('migrant-vulnerability') as Instrument;
const definitions = new Map([amp, scam, vulnerability].map((instrument) => [instrument.id, instrument]));

const summary = (instrument: Instrument): InstrumentSummary => ({
  id: instrument.id,
  version: instrument.version,
  role: instrument.role,
  sourceStatus: instrument.sourceStatus,
  title: instrument.title,
  summary: instrument.summary,
  publishedAt: '2026-01-01T00:00:00.000Z',
  verification: null,
  latest: true,
});
// The server lists instruments by id; the wizard asks the default first and the vulnerability screen last.
const summaries = [vulnerability, amp, scam].map(summary);

function draftWith(...ids: string[]): ScreeningDraft {
  let draft: ScreeningDraft = {
    ...newDraft('user-1'),
    consent: 'yes',
    consentAt: '2026-03-15T07:05:00.000Z',
  };
  for (const id of ids) draft = withInstrument(draft, summaries, definitions, { id, version: 1 }, true);
  return draft;
}

describe('the wizard steps', () => {
  it('asks nothing but consent until the person agrees', () => {
    const draft = { ...draftWith('act-means-purpose'), consent: null };
    expect(wizardSteps(draft, definitions).map((step) => step.key)).toEqual(['setup']);
  });

  it('has one step per section, in interview order, then a review', () => {
    const draft = draftWith('vn-scam-compound', 'migrant-vulnerability', 'act-means-purpose');
    expect(draft.instruments.map((entry) => entry.id)).toEqual([
      'act-means-purpose',
      'vn-scam-compound',
      'migrant-vulnerability',
    ]);
    const keys = wizardSteps(draft, definitions).map((step) => step.key);
    expect(keys[0]).toBe('setup');
    expect(keys.slice(1, 5)).toEqual([
      'act-means-purpose/about-now',
      'act-means-purpose/act',
      'act-means-purpose/means',
      'act-means-purpose/purpose',
    ]);
    expect(keys.at(-1)).toBe('review');
    expect(keys).toContain('vn-scam-compound/coercion-at-compound');
  });

  it('shows a follow-up question only when its condition holds', () => {
    let draft = draftWith('act-means-purpose');
    const actQuestions = () =>
      wizardSteps(draft, definitions)
        .flatMap((step) => (step.kind === 'section' && step.section.id === 'act' ? step.questions : []))
        .map((question) => question.id);
    expect(actQuestions()).toEqual(['offered-or-arranged', 'movement']);
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'offered-or-arranged', 'yes');
    expect(actQuestions()).toEqual(['offered-or-arranged', 'recruitment-method', 'movement']);
  });
});

describe('answers', () => {
  it('carries the shared age group into the other chosen instruments', () => {
    let draft = draftWith('act-means-purpose', 'vn-scam-compound');
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'age-group', 'adult');
    expect(draft.answers['vn-scam-compound']?.['age-group']).toBe('adult');
    expect(isSharedWithEarlier(draft, definitions, 'vn-scam-compound', 'age-group')).toBe(true);
    expect(isSharedWithEarlier(draft, definitions, 'act-means-purpose', 'age-group')).toBe(false);

    // A later instrument takes the answer given before it was chosen.
    draft = withInstrument(draft, summaries, definitions, { id: 'migrant-vulnerability', version: 1 }, true);
    expect(draft.answers['migrant-vulnerability']?.['age-group']).toBe('adult');
  });

  it('keeps an answer that was changed on purpose in a later instrument', () => {
    let draft = draftWith('act-means-purpose', 'vn-scam-compound');
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'age-group', 'adult');
    draft = withAnswer(draft, definitions, 'vn-scam-compound', 'age-group', 'may-be-under-18');
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'in-danger-now', 'no');
    expect(draft.answers['act-means-purpose']?.['age-group']).toBe('may-be-under-18');
    expect(draft.answers['vn-scam-compound']?.['age-group']).toBe('may-be-under-18');
  });

  it('drops answers to questions that a later change hid, so the server accepts them', () => {
    let draft = draftWith('act-means-purpose');
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'offered-or-arranged', 'yes');
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'recruitment-method', [
      'through-online-social-networks',
    ]);
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'offered-or-arranged', 'no');
    const submission = screeningSubmission(draft, definitions);
    const answers = submission.responses[0]?.answers ?? {};
    expect(answers).toEqual({ 'offered-or-arranged': 'no' });
    expect(validateAnswers(amp, answers)).toEqual([]);
    expect(submission).toMatchObject({
      clientDraftId: draft.clientDraftId,
      screenedAt: '2026-03-15T07:05:00.000Z',
      consentToInterview: true,
      interviewLanguage: 'vie',
    });
  });

  it('counts the questions on the path left unanswered', () => {
    let draft = draftWith('act-means-purpose');
    expect(unansweredCount(draft, definitions)).toBe(8);
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'movement', []);
    expect(unansweredCount(draft, definitions)).toBe(7);
  });
});

describe('stored drafts', () => {
  it('reads back a saved draft of the same user only', () => {
    const draft = draftWith('act-means-purpose');
    const text = JSON.stringify(draft);
    expect(parseDraft(text, 'user-1')?.clientDraftId).toBe(draft.clientDraftId);
    expect(parseDraft(text, 'someone-else')).toBeNull();
    expect(parseDraft('{not json', 'user-1')).toBeNull();
    expect(parseDraft(JSON.stringify({ format: 2 }), 'user-1')).toBeNull();
  });

  it('gives every draft a UUID', () => {
    expect(newDraftId()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });
});

describe('a question that repeats an earlier one', () => {
  it('is pre-filled from the default screen when the scam-compound screen is chosen too', () => {
    let draft = draftWith('act-means-purpose', 'vn-scam-compound');
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'offered-or-arranged', 'yes');
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'recruitment-method', [
      'through-online-social-networks',
    ]);
    expect(draft.answers['vn-scam-compound']?.['offer-online']).toBe('yes');
    draft = withAnswer(draft, definitions, 'vn-scam-compound', 'offer-online', 'no');
    draft = withAnswer(draft, definitions, 'act-means-purpose', 'recruitment-method', [
      'through-an-online-advertisement',
    ]);
    expect(draft.answers['vn-scam-compound']?.['offer-online']).toBe('no');
  });
});
