import { currentReintegrationInstrument, type FollowUpVisit } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { formatScore, scoreSeries } from './score-series';

const visit = (
  months: number,
  scores: [number | null, number | null, number | null] | null,
): FollowUpVisit => ({
  id: `v${months}`,
  months,
  dueOn: '2027-01-01',
  status: scores ? 'done' : 'upcoming',
  days: 0,
  assessment: scores && {
    id: `a${months}`,
    visitedOn: `2027-0${months < 10 ? months : 9}-01`,
    instrumentId: 'lantern-reintegration',
    instrumentVersion: 1,
    dimensions: ['economic', 'social', 'psychosocial'].map((dimension, index) => ({
      dimension,
      score: scores[index] ?? null,
      answered: 1,
      items: 5,
    })),
    composite: 0.5,
    recordedBy: { id: 'u', displayName: 'Lan' },
    recordedAt: '2027-01-01T00:00:00Z',
  },
});

describe('score series', () => {
  it('makes one series per dimension of the instrument, then the composite, over the assessed visits only', () => {
    const data = scoreSeries(
      [visit(1, [0.25, null, 1]), visit(3, null), visit(6, [0.5, 0.75, 1])],
      currentReintegrationInstrument,
      'en',
      'Composite',
    );
    expect(data.visits.map((entry) => entry.months)).toEqual([1, 6]);
    expect(data.series.map((entry) => [entry.label, entry.values])).toEqual([
      ['Economic', [0.25, 0.5]],
      ['Social', [null, 0.75]],
      ['Psychosocial', [1, 1]],
      ['Composite', [0.5, 0.5]],
    ]);
  });

  it.each([
    ['vi', 0.9167, '0,92'],
    ['en', 0.75, '0.75'],
    ['ar', 1, '1.00'],
  ] as const)('formats a score in %s: %d → %s', (locale, value, text) => {
    expect(formatScore(value, locale, '—')).toBe(text);
  });

  it('says when a dimension was not scored', () => {
    expect(formatScore(null, 'en', 'not scored')).toBe('not scored');
  });
});
