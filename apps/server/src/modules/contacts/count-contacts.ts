import {
  CONTACT_COUNT_MAX_MONTHS,
  type ContactCounts,
  monthRange,
  vietNamMonthEnd,
  vietNamMonthStart,
} from '@lantern/domain';
import { and, eq, gte, lt, type SQL, sql } from 'drizzle-orm';
import { authorize, can } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { contacts } from '../../db/schema';
import { AppError } from '../../lib/errors';

export interface ContactCountsQuery {
  from?: string | undefined;
  to?: string | undefined;
  agencyId?: string | undefined;
}

const month = sql<string>`to_char(${contacts.contactedAt} at time zone 'Asia/Ho_Chi_Minh', 'YYYY-MM')`;

/**
 * Contacts counted by channel, by outcome and by month, in one statement over at most
 * CONTACT_COUNT_MAX_MONTHS months. An office counts its own contacts (served by contacts_agency_time_idx); a
 * holder of stats.read_aggregate (programme monitoring) counts one office or every office together. Counts
 * carry no identity, so the read is not audited.
 */
export async function countContacts(ctx: RequestContext, query: ContactCountsQuery): Promise<ContactCounts> {
  authorize(ctx, 'contact.record', 'stats.read_aggregate');
  const ownAgency = (ctx.actor as NonNullable<RequestContext['actor']>).agencyId;
  const range = monthRange(query, CONTACT_COUNT_MAX_MONTHS);
  if ('field' in range)
    throw new AppError(400, 'validation', {}, [{ field: range.field, code: range.code, message: '' }]);
  const monitoring = can(ctx, 'stats.read_aggregate');
  // Without monitoring rights another office's counts do not exist for the caller.
  if (!monitoring && query.agencyId && query.agencyId !== ownAgency) throw new AppError(404, 'not_found');
  const agencyId = monitoring ? (query.agencyId ?? null) : ownAgency;
  const filters: SQL[] = [
    gte(contacts.contactedAt, vietNamMonthStart(range.from)),
    lt(contacts.contactedAt, vietNamMonthEnd(range.to)),
  ];
  if (agencyId) filters.push(eq(contacts.agencyId, agencyId));
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select({
        channel: contacts.channel,
        outcome: contacts.outcome,
        month,
        byChannel: sql<number>`grouping(${contacts.channel})`,
        byOutcome: sql<number>`grouping(${contacts.outcome})`,
        count: sql<number>`count(*)::int`,
      })
      .from(contacts)
      .where(and(...filters))
      .groupBy(sql`grouping sets ((${contacts.channel}), (${contacts.outcome}), (${month}))`);
    const tally = (pick: (row: (typeof rows)[number]) => string | null) =>
      rows
        .flatMap((row) => {
          const code = pick(row);
          return code === null ? [] : [{ code, count: Number(row.count) }];
        })
        .sort((a, b) => b.count - a.count || a.code.localeCompare(b.code));
    const byChannel = tally((row) => (Number(row.byChannel) === 0 ? row.channel : null));
    const perMonth = new Map(
      rows
        .filter((row) => Number(row.byChannel) === 1 && Number(row.byOutcome) === 1)
        .map((row) => [row.month, Number(row.count)]),
    );
    return {
      from: range.from,
      to: range.to,
      agencyId,
      total: byChannel.reduce((sum, entry) => sum + entry.count, 0),
      byChannel,
      byOutcome: tally((row) => (Number(row.byOutcome) === 0 ? row.outcome : null)),
      byMonth: range.months.map((m) => ({ month: m, count: perMonth.get(m) ?? 0 })),
    };
  });
}
