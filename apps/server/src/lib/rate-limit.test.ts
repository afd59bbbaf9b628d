import { describe, expect, it } from 'vitest';
import { createRateLimiter } from './rate-limit';

describe('rate limiter', () => {
  it('says a key is used up exactly when its next take would be refused, and frees it with the window', () => {
    let time = 0;
    const limiter = createRateLimiter({ limit: 3, windowMs: 1000, now: () => time });
    expect(limiter.exhausted('user')).toBe(false);
    for (let i = 0; i < 3; i += 1) {
      expect(limiter.exhausted('user')).toBe(false);
      expect(limiter.take('user')).toBe(true);
    }
    expect(limiter.exhausted('user')).toBe(true);
    expect(limiter.exhausted('user')).toBe(true); // asking counts nothing
    expect(limiter.take('user')).toBe(false);
    expect(limiter.exhausted('other')).toBe(false);
    time = 1000;
    expect(limiter.exhausted('user')).toBe(false);
    expect(limiter.take('user')).toBe(true);
  });
});
