import { findShippedInstrument, type Instrument, type InstrumentSummary } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { newDraft, type ScreeningDraft, withAnswer, withInstrument, wizardSteps } from './model';
import { wizardProgress } from './progress';

const amp = findShippedInstrument('act-means-purpose') as Instrument;
const definitions = new Map([[amp.id, amp]]);
const summaries: InstrumentSummary[] = [
  {
    id: amp.id,
    version: amp.version,
    role: amp.role,
    sourceStatus: amp.sourceStatus,
    title: amp.title,
    summary: amp.summary,
    publishedAt: '2026-01-01T00:00:00.000Z',
    verification: null,
    latest: true,
  },
];
const sectionCount = amp.sections.length;

function chosen(): ScreeningDraft {
  return withInstrument(
    newDraft('user-1'),
    summaries,
    definitions,
    { id: amp.id, version: amp.version },
    true,
  );
}

describe('the step counter', () => {
  it('counts every section of the chosen instruments from the first screen, before consent', () => {
    expect(wizardProgress(chosen(), definitions)).toEqual({ current: 1, total: sectionCount + 2 });
  });

  it('shows no count while a chosen instrument has not arrived, rather than a total that will jump', () => {
    expect(wizardProgress(chosen(), new Map())).toBeNull();
  });

  it('keeps its total while answers reveal more questions, and moves one step per section', () => {
    let draft: ScreeningDraft = { ...chosen(), consent: 'yes', consentAt: '2026-03-15T07:05:00.000Z' };
    const seen: ({ current: number; total: number } | null)[] = [];
    for (const step of wizardSteps(draft, definitions)) {
      draft = { ...draft, step: step.key };
      seen.push(wizardProgress(draft, definitions));
      // Answering the act's first question opens its follow-ups; the count must not grow with them.
      if (step.key === `${amp.id}/act`)
        draft = withAnswer(draft, definitions, amp.id, 'offered-or-arranged', 'yes');
    }
    expect(new Set(seen.map((progress) => progress?.total))).toEqual(new Set([sectionCount + 2]));
    expect(seen.map((progress) => progress?.current)).toEqual(seen.map((_, index) => index + 1));
  });
});
