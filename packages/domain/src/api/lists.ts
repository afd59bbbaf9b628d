import { z } from 'zod';

/**
 * Lists count their matches only this far. Counting every match of a busy agency's list on every page costs a
 * read of all its rows; past a thousand nobody pages to the end, they narrow the filters. Shared by the server
 * (where counting stops) and the web app (which shows "1.000+").
 */
export const LIST_TOTAL_CAP = 1000;

/** How many rows match a paged list, and whether more follow the page: the same three fields on every list. */
export interface ListTotal {
  total: number;
  totalIsLowerBound: boolean;
  hasMore: boolean;
}

export const listTotalShape = {
  total: z
    .number()
    .int()
    .min(0)
    .max(LIST_TOTAL_CAP)
    .describe(
      `Rows matching the filters, counted no further than ${LIST_TOTAL_CAP}: exact unless totalIsLowerBound`,
    ),
  totalIsLowerBound: z
    .boolean()
    .describe(
      `True when more than ${LIST_TOTAL_CAP} rows match (shown as "${LIST_TOTAL_CAP}+"); total is then the cap`,
    ),
  hasMore: z.boolean().describe('True when rows follow this page (page on while it holds, past the cap too)'),
};

/** A page of a list with its bounded total. */
export function pagedListSchema<Item extends z.ZodType>(item: Item) {
  return z.object({ items: z.array(item), ...listTotalShape });
}

/** The answer's total for `counted` matching rows, where counting stopped at one past the cap. */
export function boundedTotal(counted: number): Pick<ListTotal, 'total' | 'totalIsLowerBound'> {
  return { total: Math.min(counted, LIST_TOTAL_CAP), totalIsLowerBound: counted > LIST_TOTAL_CAP };
}
