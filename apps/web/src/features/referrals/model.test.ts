import type { Referral } from '@lantern/domain';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  completeByFromDay,
  durationText,
  pageActions,
  referralEvents,
  referralTimer,
  rowActions,
  timerText,
  timerTone,
  toggleSection,
} from './model';

// Keys and values as text, so a test reads what the reader would be told.
const t = ((key: string, values: Record<string, unknown> = {}) =>
  `${key}${Object.keys(values).length ? ` ${JSON.stringify(values)}` : ''}`) as unknown as TFunction;

const HOUR = 3_600_000;
const now = Date.parse('2026-03-15T10:00:00Z');
const at = (hoursFromNow: number) => new Date(now + hoursFromNow * HOUR).toISOString();

describe('referralTimer', () => {
  it.each([
    ['sent', 5, -1, { kind: 'answer', overdue: false, ms: 5 * HOUR }],
    ['sent', -2, 40, { kind: 'answer', overdue: true, ms: 2 * HOUR }],
    ['accepted', -30, 72, { kind: 'complete', overdue: false, ms: 72 * HOUR }],
    ['in_progress', -30, -3, { kind: 'complete', overdue: true, ms: 3 * HOUR }],
    ['completed', -30, -3, { kind: 'none' }],
    ['declined', 5, 40, { kind: 'none' }],
    ['revoked', 5, 40, { kind: 'none' }],
    ['expired', -50, -1, { kind: 'none' }],
  ] as const)('%s, answer in %d h, completion in %d h', (status, respond, complete, expected) => {
    expect(referralTimer({ status, respondBy: at(respond), completeBy: at(complete) }, now)).toEqual(
      expected,
    );
  });
});

describe('durationText', () => {
  it.each([
    [30_000, 'referralsWeb.duration.minutes {"count":1}'],
    [45 * 60_000, 'referralsWeb.duration.minutes {"count":45}'],
    [5 * HOUR, 'referralsWeb.duration.hours {"count":5}'],
    [47 * HOUR, 'referralsWeb.duration.hours {"count":47}'],
    [72 * HOUR, 'referralsWeb.duration.days {"count":3}'],
  ])('%d ms → %s', (ms, expected) => {
    expect(durationText(t, ms)).toBe(expected);
  });
});

describe('timerText and timerTone', () => {
  it('says how long is left to answer, calmly while there is time', () => {
    const timer = referralTimer({ status: 'sent', respondBy: at(20), completeBy: at(70) }, now);
    expect(timerText(t, timer)).toBe(
      'referralsWeb.timer.answerWithin {"time":"referralsWeb.duration.hours {\\"count\\":20}"}',
    );
    expect(timerTone(timer)).toBe('info');
  });
  it('warns in the last hours and is red once late', () => {
    expect(timerTone(referralTimer({ status: 'sent', respondBy: at(5), completeBy: at(70) }, now))).toBe(
      'warning',
    );
    const late = referralTimer({ status: 'accepted', respondBy: at(-50), completeBy: at(-2) }, now);
    expect(timerText(t, late)).toContain('referralsWeb.timer.completeOverdue');
    expect(timerTone(late)).toBe('negative');
  });
  it('has nothing running once closed', () => {
    expect(timerText(t, { kind: 'none' })).toBe('referralsWeb.timer.none');
    expect(timerTone({ kind: 'none' })).toBe('neutral');
  });
});

describe('actions', () => {
  it('offers only accept and decline in a row, and only those the server allows', () => {
    expect(rowActions({ actions: ['accept', 'decline'] })).toEqual(['accept', 'decline']);
    expect(rowActions({ actions: ['start', 'complete'] })).toEqual([]);
    expect(rowActions({ actions: ['decline'] })).toEqual(['decline']);
  });
  it('orders the page actions: answers first, revoke last', () => {
    expect(pageActions({ actions: ['revoke'] })).toEqual(['revoke']);
    expect(pageActions({ actions: ['decline', 'accept'] })).toEqual(['accept', 'decline']);
    expect(pageActions({ actions: ['complete', 'start'] })).toEqual(['start', 'complete']);
  });
});

describe('toggleSection', () => {
  it.each([
    [[], 'journey', true, ['journey']],
    [[], 'notes', true, ['identity', 'notes']],
    [['journey'], 'attachments', true, ['identity', 'journey', 'attachments']],
    [['identity', 'notes', 'attachments'], 'identity', false, []],
    [['identity', 'journey', 'notes'], 'notes', false, ['identity', 'journey']],
    [['identity'], 'identity', true, ['identity']],
  ] as const)('%j, %s → %s gives %j', (chosen, section, on, expected) => {
    expect(toggleSection(chosen, section, on)).toEqual(expected);
  });
});

describe('referralEvents', () => {
  const base = {
    sentAt: at(-48),
    sentBy: { id: 'u1', displayName: 'Nguyễn Thị Lan' },
    answeredAt: null,
    answeredBy: null,
    closedAt: null,
    endedBecause: null,
  } satisfies Partial<Referral>;
  it('is only the sending while nobody answered', () => {
    expect(referralEvents({ ...base, status: 'sent' }).map((event) => event.kind)).toEqual(['sent']);
  });
  it('shows the answer, then the end', () => {
    const done = referralEvents({
      ...base,
      status: 'completed',
      answeredAt: at(-40),
      answeredBy: { id: 'u2', displayName: 'Võ Thị Mai' },
      closedAt: at(-1),
    });
    expect(done.map((event) => [event.kind, event.by])).toEqual([
      ['sent', 'Nguyễn Thị Lan'],
      ['accepted', 'Võ Thị Mai'],
      ['completed', null],
    ]);
  });
  it('names a decline and an ending by withdrawn consent', () => {
    const declined = referralEvents({ ...base, status: 'declined', answeredAt: at(-40), closedAt: at(-40) });
    expect(declined.map((event) => event.kind)).toEqual(['sent', 'declined']);
    const ended = referralEvents({
      ...base,
      status: 'revoked',
      endedBecause: 'consent_withdrawn',
      closedAt: at(-2),
    });
    expect(ended.map((event) => event.kind)).toEqual(['sent', 'ended_by_consent']);
  });
});

describe('completeByFromDay', () => {
  it('ends the chosen day at 17:00 in Viet Nam; nothing for an empty or odd value', () => {
    expect(completeByFromDay('2026-03-20')).toBe('2026-03-20T17:00:00+07:00');
    expect(completeByFromDay(null)).toBeUndefined();
    expect(completeByFromDay('20/03/2026')).toBeUndefined();
  });
});
