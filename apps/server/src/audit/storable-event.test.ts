import { describe, expect, it } from 'vitest';
import { eventHash, GENESIS_HASH, sealEvent } from './chain';
import { storableDetails, storableText } from './storable-event';

const event = {
  seq: 1,
  occurredAt: new Date('2026-12-04T10:00:00.000Z'),
  actorUserId: null,
  actorAgencyId: null,
  action: 'access.break_glass',
  resourceType: 'case',
  resourceId: 'c-1',
  outcome: 'success',
  reason: null,
  ip: '127.0.0.1',
  userAgent: 'vitest',
  requestId: 'r-1',
  details: null,
};

describe('the stored form of audit text', () => {
  it.each([
    ['a lone high surrogate', 'a\ud800b', 'a\ufffdb'],
    ['a lone low surrogate', 'a\udc00b', 'a\ufffdb'],
    ['a high surrogate at the end', 'ab\udbff', 'ab\ufffd'],
    ['two high surrogates in a row', '\ud800\ud800\udc00', '\ufffd\ud800\udc00'],
    ['a NUL', 'a\u0000b', 'a\ufffdb'],
    ['a surrogate pair (emoji)', '😀 chị Xuyến', '😀 chị Xuyến'],
    ['Vietnamese and Arabic text', 'Lào Cai — عربى', 'Lào Cai — عربى'],
  ])('keeps what PostgreSQL keeps: %s', (_, sent, stored) => {
    expect(storableText(sent)).toBe(stored);
  });

  it('makes details what jsonb gives back', () => {
    const sent = {
      'k\u0000': 'v\ud800',
      nan: Number.NaN,
      gone: undefined,
      nested: { b: 1, a: [2] },
      big: 10n,
      n: 1.5,
    } as Record<string, unknown>;
    expect(storableDetails(sent)).toEqual({
      'k\ufffd': 'v\ufffd',
      nan: null,
      nested: '{"b":1,"a":[2]}',
      big: '10',
      n: 1.5,
    });
    expect(storableDetails(null)).toBeNull();
  });
});

describe('sealing an event', () => {
  it('hashes the form it returns for storing, so reading it back verifies', () => {
    const { event: stored, hash } = sealEvent(GENESIS_HASH, {
      ...event,
      reason: 'reason \ud800',
      details: { note: '\u0000' },
    });
    expect(stored.reason).toBe('reason \ufffd');
    expect(stored.details).toEqual({ note: '\ufffd' });
    const readBack = JSON.parse(JSON.stringify({ ...stored, occurredAt: undefined }));
    expect(eventHash(GENESIS_HASH, { ...readBack, occurredAt: stored.occurredAt })).toBe(hash);
  });

  it('leaves the hash of well-formed events unchanged, so existing chains still verify', () => {
    const details = { role: 'supervisor', count: 2, ok: true, none: null };
    expect(sealEvent(GENESIS_HASH, { ...event, details }).hash).toBe(
      eventHash(GENESIS_HASH, { ...event, details }),
    );
  });
});
