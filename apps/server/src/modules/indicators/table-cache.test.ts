import type { IndicatorTable } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import type { Tx } from '../../db/types';
import { IndicatorTableCache } from './table-cache';

const tx = {} as Tx;
const tableOf = (total: number) => ({ total: { value: total } }) as unknown as IndicatorTable;

function setUp(maxEntries = 3) {
  // Each computation takes `costMs` on the clock: the cache times it to know a slow table from a cheap one.
  const clock = { now: 0, stamp: '1', costMs: 10 };
  const cache = new IndicatorTableCache<IndicatorTable>(
    { maxEntries, maxAgeMs: 60_000, slowMs: 1_000, maxStaleMs: 600_000, maxRefreshing: 1 },
    () => clock.now,
    async () => clock.stamp,
  );
  let computed = 0;
  const compute = async () => {
    computed += 1;
    clock.now += clock.costMs;
    return tableOf(computed);
  };
  const read = async (key: string) => (await cache.read(tx, key, compute)).value;
  const readFully = (key: string) => cache.read(tx, key, compute);
  const refresh = (key: string) =>
    cache.refresh(key, async () => ({ stamp: clock.stamp, value: await compute() }));
  return { clock, cache, read, readFully, refresh, computed: () => computed };
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
    // Its age counts from when its computation began (the figures are as of then).
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

  it('answers a slow table from its last computation while one background computation brings it up to date', async () => {
    const { clock, readFully, refresh, computed } = setUp();
    clock.costMs = 5_000;
    expect((await readFully('a')).value.total.value).toBe(1);
    clock.stamp = '2';
    // The data changed: the reader is answered at once with the figures it had, and told they are stale.
    const stale = await readFully('a');
    expect(stale).toMatchObject({ stale: true, value: { total: { value: 1 } } });
    expect(computed()).toBe(1);
    // Two readers asking for the refresh at once start one computation.
    await Promise.all([refresh('a'), refresh('a')]);
    expect(computed()).toBe(2);
    expect(await readFully('a')).toMatchObject({ stale: false, value: { total: { value: 2 } } });
  });

  it('never answers with figures older than the staleness bound, and always computes a cheap table again', async () => {
    const { clock, readFully, computed } = setUp();
    clock.costMs = 5_000;
    await readFully('slow');
    clock.stamp = '2';
    clock.now += 600_000;
    // Too old to be shown: this reader waits for new figures.
    expect(await readFully('slow')).toMatchObject({ stale: false, value: { total: { value: 2 } } });
    clock.costMs = 10;
    await readFully('cheap');
    clock.stamp = '3';
    expect(await readFully('cheap')).toMatchObject({ stale: false, value: { total: { value: 4 } } });
    expect(computed()).toBe(4);
  });

  it('keeps the figures a reader computed over an older background computation that ends after them', async () => {
    const { clock, cache, read } = setUp();
    let finish: (value: { stamp: string; value: IndicatorTable }) => void = () => undefined;
    const background = cache.refresh(
      'a',
      () =>
        new Promise((resolve) => {
          finish = resolve;
        }),
    );
    clock.now += 1;
    expect((await read('a')).total.value).toBe(1);
    finish({ stamp: clock.stamp, value: tableOf(99) });
    await background;
    expect((await read('a')).total.value).toBe(1);
  });

  it('runs one background computation at a time, the others waiting their turn', async () => {
    const { cache } = setUp();
    let running = 0;
    let most = 0;
    const slowly = (total: number) => async () => {
      running += 1;
      most = Math.max(most, running);
      await new Promise((resolve) => setTimeout(resolve, 5));
      running -= 1;
      return { stamp: '1', value: tableOf(total) };
    };
    await Promise.all([
      cache.refresh('a', slowly(1)),
      cache.refresh('b', slowly(2)),
      cache.refresh('c', slowly(3)),
    ]);
    expect(most).toBe(1);
  });

  it('reports a failed background computation and keeps answering with the last figures', async () => {
    const { clock, cache, readFully, refresh, computed } = setUp();
    const reported: unknown[] = [];
    cache.reportFailuresTo((error) => reported.push(error));
    clock.costMs = 5_000;
    await readFully('a');
    clock.stamp = '2';
    await cache.refresh('a', async () => {
      throw new Error('canceling statement due to statement timeout');
    });
    expect(reported).toEqual([new Error('canceling statement due to statement timeout')]);
    expect(await readFully('a')).toMatchObject({ stale: true, value: { total: { value: 1 } } });
    // The next refresh is not blocked by the failed one.
    await refresh('a');
    expect(computed()).toBe(2);
    expect(await readFully('a')).toMatchObject({ stale: false, value: { total: { value: 2 } } });
  });

  it('lets readers who ask while a computation is under way wait for it instead of computing again', async () => {
    const { clock, cache } = setUp();
    let computed = 0;
    let finish: (table: IndicatorTable) => void = () => undefined;
    const compute = () => {
      computed += 1;
      return new Promise<IndicatorTable>((resolve) => {
        finish = resolve;
      });
    };
    const first = cache.read(tx, 'pass', compute);
    const second = cache.read(tx, 'pass', compute);
    await new Promise((resolve) => setTimeout(resolve, 0));
    finish(tableOf(7));
    expect((await first).value.total.value).toBe(7);
    expect((await second).value.total.value).toBe(7);
    expect(computed).toBe(1);
    // Once the counter has moved, a reader does not wait for figures computed before the change.
    clock.stamp = '2';
    const third = cache.read(tx, 'pass', compute);
    await new Promise((resolve) => setTimeout(resolve, 0));
    finish(tableOf(8));
    expect((await third).value.total.value).toBe(8);
    expect(computed).toBe(2);
  });
});
