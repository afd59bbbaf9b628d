import { directionOf, type ListTotal, type Locale } from '@lantern/domain';
import { formatCount } from '../../lib/format';

type Counted = Pick<ListTotal, 'total' | 'totalIsLowerBound'>;

/**
 * A list's total as the reader writes numbers ("1.234"), or "1.000+" once the server stopped counting at the
 * cap. Arabic text runs right to left: the figure is isolated so its "+" stays after the digits.
 */
export function formatListTotal(list: Counted, locale: Locale): string {
  const figure = `${formatCount(list.total, locale)}${list.totalIsLowerBound ? '+' : ''}`;
  return list.totalIsLowerBound && directionOf(locale) === 'rtl' ? `\u2066${figure}\u2069` : figure;
}

/** Pages of a list paged by the server: known while its total is exact, unknown (null) past the cap. */
export function pageCount(list: Counted, pageSize: number): number | null {
  return list.totalIsLowerBound ? null : Math.max(1, Math.ceil(list.total / pageSize));
}

/** What `ListPager` needs of a server-paged list: its page count (or null past the cap) and whether more follow. */
export function pagerFor(list: ListTotal, pageSize: number): { pages: number | null; hasMore: boolean } {
  return { pages: pageCount(list, pageSize), hasMore: list.hasMore };
}
