import { describe, expect, it } from 'vitest';
import { findShippedInstrument } from './instruments';
import { type AnswersByInstrument, isPrefilled, prefilledAnswer, withPrefilledAnswers } from './prefill';

const amp = findShippedInstrument('act-means-purpose');
const scam = findShippedInstrument('vn-scam-compound');
if (!amp || !scam) throw new Error('shipped instruments missing');
const offerOnline = scam.sections
  .flatMap((section) => section.questions)
  .find((q) => q.id === 'offer-online');
if (!offerOnline) throw new Error('offer-online missing');

describe('answers pre-filled from an earlier question that asks the same thing', () => {
  it('the scam-compound screen takes "the offer came online" from the default screen, in a new version', () => {
    expect(scam.version).toBe(2);
    expect(
      findShippedInstrument('vn-scam-compound', 1)?.sections.flatMap((s) => s.questions),
    ).not.toContainEqual(expect.objectContaining({ prefillFrom: expect.anything() }));
    expect(offerOnline.prefillFrom).toMatchObject({
      instrument: 'act-means-purpose',
      question: 'recruitment-method',
    });
  });

  it.each([
    [['through-online-social-networks'], 'yes'],
    [['through-an-online-advertisement', 'through-family-or-family-events'], 'yes'],
    [['through-family-or-family-events'], 'no'],
    ['unknown', undefined],
    ['declined', undefined],
    [undefined, undefined],
  ])('recruitment %j pre-fills %s', (recruitment, expected) => {
    const answers: AnswersByInstrument = {
      'act-means-purpose': recruitment === undefined ? {} : { 'recruitment-method': recruitment },
    };
    expect(prefilledAnswer(offerOnline, answers)).toBe(expected);
  });

  it('follows the earlier answer while untouched, and keeps an answer the interviewer changed', () => {
    const instruments = [amp, scam];
    const first = withPrefilledAnswers(instruments, {
      'act-means-purpose': { 'recruitment-method': ['through-online-social-networks'] },
      'vn-scam-compound': {},
    });
    expect(first['vn-scam-compound']?.['offer-online']).toBe('yes');
    expect(isPrefilled(offerOnline, first, 'vn-scam-compound')).toBe(true);

    const corrected = {
      ...first,
      'act-means-purpose': { 'recruitment-method': ['through-family-or-family-events'] },
    };
    expect(withPrefilledAnswers(instruments, corrected, first)['vn-scam-compound']?.['offer-online']).toBe(
      'no',
    );

    const edited = { ...first, 'vn-scam-compound': { 'offer-online': 'unknown' } };
    const kept = withPrefilledAnswers(
      instruments,
      { ...edited, 'act-means-purpose': corrected['act-means-purpose'] },
      edited,
    );
    expect(kept['vn-scam-compound']?.['offer-online']).toBe('unknown');
    expect(isPrefilled(offerOnline, kept, 'vn-scam-compound')).toBe(false);

    const cleared = { ...first, 'vn-scam-compound': {} };
    expect(withPrefilledAnswers(instruments, cleared, first)['vn-scam-compound']).toEqual({});
  });
});
