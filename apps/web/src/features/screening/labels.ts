import {
  findNeed,
  type InstrumentSummary,
  type Locale,
  type ScreeningOutcome,
  screeningOutcomes,
} from '@lantern/domain';
import type { TFunction } from 'i18next';
import type { Tone } from '../shell/ToneBadge';

const outcomeKeys: Record<ScreeningOutcome, string> = {
  'no-indicators': 'noIndicators',
  'some-indicators': 'someIndicators',
  'possible-victim': 'possibleVictim',
  scored: 'scored',
};

// "No indicators" is not a clearance, so it stays neutral rather than green.
const outcomeTones: Record<ScreeningOutcome, Tone> = {
  'possible-victim': 'negative',
  'some-indicators': 'warning',
  'no-indicators': 'neutral',
  scored: 'info',
};

export function outcomeText(t: TFunction, outcome: ScreeningOutcome | null): string {
  return t(`screening.outcome.${outcomeKeys[outcome ?? 'scored']}`);
}

export function outcomeTone(outcome: ScreeningOutcome | null): Tone {
  return outcomeTones[outcome ?? 'scored'];
}

export function isOutcome(value: unknown): value is ScreeningOutcome {
  return screeningOutcomes.some((outcome) => outcome === value);
}

/** A short name for lists ("Scam compounds"), else the instrument's full title, else its id. */
export function instrumentName(
  t: TFunction,
  locale: Locale,
  id: string,
  summaries: readonly InstrumentSummary[] | undefined,
): string {
  const title = summaries?.find((summary) => summary.id === id)?.title[locale] ?? id;
  return t(`screeningWeb.instrumentShort.${id}`, { defaultValue: title });
}

export function needLabel(locale: Locale, id: string): string {
  return findNeed(id)?.labels[locale] ?? id;
}

/** Needs with the immediate ones first (safety, medical care, shelter…), then the others, each once. */
export function orderedNeeds(locale: Locale, ids: readonly string[]) {
  const unique = [...new Set(ids)];
  return unique
    .map((id) => ({ id, label: needLabel(locale, id), immediate: findNeed(id)?.immediate ?? false }))
    .sort((a, b) => Number(b.immediate) - Number(a.immediate));
}
