import type { IndicatorTable } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import type { Tx } from '../../db/types';
import { NationalTableCache } from './national-table-cache';

const tx = {} as Tx;
const tableOf = (total: number) => ({ total: { value: total } }) as unknown as IndicatorTable;

function setUp(maxEntries = 3) {
  const clock = { now: 0, stamp: '1' };
  const cache = new NationalTableCache(
    maxEntries,
    60_000,
    () => clock.now,
    async () => clock.stamp,
  );
  let computed = 0;
  const read = (key: string) =>
    cache.read(tx, key, async () => {
      computed += 1;
      return tableOf(computed);
    });
  return { clock, read, computed: () => computed };
}

describe('the national table cache', () => {
  it('computes once while the change counter stands still, again when it moves', async () => {
    const { clock, read, computed } = setUp();
    expect((await read('a')).total.value).toBe(1);
    expect((await read('a')).total.value).toBe(1);
    expect(computed()).toBe(1);
    clock.stamp = '2';
    expect((await read('a')).total.value).toBe(2);
  });

  it('computes again once an entry is older than its maximum age (today’s date matters too)', async () => {
    const { clock, read, computed } = setUp();
    await read('a');
    clock.now = 59_999;
    await read('a');
    expect(computed()).toBe(1);
    clock.now = 60_000;
    await read('a');
    expect(computed()).toBe(2);
  });

  it('forgets the least recently read table when full', async () => {
    const { read, computed } = setUp(2);
    await read('a');
    await read('b');
    await read('a');
    await read('c');
    expect(computed()).toBe(3);
    await read('a');
    expect(computed()).toBe(3);
    await read('b');
    expect(computed()).toBe(4);
  });
});
