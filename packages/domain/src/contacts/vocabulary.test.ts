import { describe, expect, it } from 'vitest';
import {
  contactCallers,
  contactCallerTerms,
  contactChannels,
  contactChannelTerms,
  contactOutcomes,
  contactOutcomeTerms,
  laterOutcome,
} from './vocabulary';

describe('contact vocabulary', () => {
  it.each([
    ['channels', contactChannels, contactChannelTerms],
    ['callers', contactCallers, contactCallerTerms],
    ['outcomes', contactOutcomes, contactOutcomeTerms],
  ] as const)('every %s code has a label in vi, en and ar', (_name, codes, terms) => {
    expect(terms.map((entry) => entry.code)).toEqual([...codes]);
    for (const entry of terms)
      for (const locale of ['vi', 'en', 'ar'] as const) expect(entry.labels[locale].trim()).not.toBe('');
  });

  it.each([
    ['information_given', 'screened', 'screened'],
    ['no_further_action', 'screened', 'screened'],
    ['referred', 'screened', 'referred'],
    ['registered', 'referred', 'registered'],
    ['screened', 'referred', 'referred'],
  ] as const)('an outcome %s followed by %s becomes %s', (current, next, expected) => {
    expect(laterOutcome(current, next)).toBe(expected);
  });
});
