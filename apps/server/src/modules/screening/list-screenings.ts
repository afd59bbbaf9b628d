import type { ListTotal, ScreeningSummary } from '@lantern/domain';
import { and, asc, desc, eq, gte, inArray, lt, type SQL } from 'drizzle-orm';
import { authorize, scopeFor } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { readCountedListPage } from '../../db/bounded-count';
import { screeningResponses, screenings, users } from '../../db/schema';
import { toScreeningSummary } from './screening-view';

export interface ScreeningListQuery {
  outcome?: string | undefined;
  /** Inclusive dates (Viet Nam time) of the interview. */
  from?: string | undefined;
  to?: string | undefined;
  limit: number;
  offset: number;
}

const vietNamDayStart = (day: string) => new Date(`${day}T00:00:00+07:00`);

/** The agency's screenings, newest first; the same scope as a single read. */
export async function listScreenings(
  ctx: RequestContext,
  query: ScreeningListQuery,
): Promise<{ items: ScreeningSummary[] } & ListTotal> {
  authorize(ctx, 'screening.read', 'screening.create');
  const filters: SQL[] = [scopeFor(ctx, 'screening')];
  if (query.outcome) filters.push(eq(screenings.outcome, query.outcome));
  if (query.from) filters.push(gte(screenings.screenedAt, vietNamDayStart(query.from)));
  if (query.to) {
    const next = vietNamDayStart(query.to);
    next.setUTCDate(next.getUTCDate() + 1);
    filters.push(lt(screenings.screenedAt, next));
  }
  const where = and(...filters);
  return ctx.transaction(async (tx) => {
    const { rows, ...page } = await readCountedListPage(
      tx,
      screenings,
      where,
      query,
      (limit, offset, total) =>
        tx
          .select({
            screening: screenings,
            screener: { id: users.id, displayName: users.displayName },
            listTotal: total,
          })
          .from(screenings)
          .innerJoin(users, eq(users.id, screenings.screenedBy))
          .where(where)
          .orderBy(desc(screenings.screenedAt), desc(screenings.id))
          .limit(limit)
          .offset(offset),
    );
    const ids = rows.map((row) => row.screening.id);
    const responses =
      ids.length === 0
        ? []
        : await tx
            .select({
              screeningId: screeningResponses.screeningId,
              instrumentId: screeningResponses.instrumentId,
              instrumentVersion: screeningResponses.instrumentVersion,
            })
            .from(screeningResponses)
            .where(inArray(screeningResponses.screeningId, ids))
            .orderBy(asc(screeningResponses.position));
    return {
      ...page,
      items: rows.map((row) =>
        toScreeningSummary(
          row.screening,
          row.screener,
          responses.filter((response) => response.screeningId === row.screening.id),
        ),
      ),
    };
  });
}
