import { sql } from 'drizzle-orm';
import type { OwnerConnection, SqlSession } from '../db/types';
import type { AuditDigest } from './digest';
import { type ChainLink, type LedgerBreak, LedgerChecker, type SealedBlock } from './ledger-checker';
import { ownerRunner, type RunSql } from './sql-runner';
import { EVENT_COLUMNS, type EventRow, toChainedEvent } from './stored-events';

const PAGE = 2000;
/** Events may wait this long for the sealer before verify calls them overdue (the sealer runs every 0.5 s). */
export const DEFAULT_SEAL_BOUND_SECONDS = 2;
/** Unchained events are listed up to this many; the count covers them all. */
const LISTED = 100;

export interface LedgerVerification {
  /** Links read. */
  checked: number;
  /** Links whose event verifies against the link before it. */
  intact: number;
  /** Blocks read. */
  blocks: number;
  /** Events waiting for the sealer (within the bound, or reported as overdue). */
  pending: number;
  /** Events neither in the chain nor waiting for the sealer (the first 100 are listed as breaks). */
  unchained: number;
  /** Every break, links and blocks in chain order, then events outside the chain, lag and digests. */
  breaks: LedgerBreak[];
}

const numberOrNull = (value: string | null | undefined) =>
  value === null || value === undefined ? null : Number(value);

/** Reads a table in pages of consecutive keys through its primary key, so each page costs the same. */
async function* pages<Row>(
  page: (from: number, through: number) => Promise<Row[]>,
  next: (from: number) => Promise<number | null>,
): AsyncGenerator<Row> {
  let from = await next(Number.MIN_SAFE_INTEGER);
  while (from !== null) {
    const rows = await page(from, from + PAGE - 1);
    for (const row of rows) yield row;
    from = await next(from + PAGE);
  }
}

function links(run: RunSql): AsyncGenerator<ChainLink> {
  return (async function* () {
    const source = pages<EventRow & { position: string; link_hash: string; event_exists: boolean }>(
      (from, through) =>
        run(sql`
          select c.position::text as position, c.hash as link_hash, e.id is not null as event_exists, ${EVENT_COLUMNS}
          from audit_chain c left join audit_events e on e.id = c.event_id
          where c.position between ${from} and ${through} order by c.position`),
      async (from) =>
        numberOrNull(
          (
            await run<{ p: string | null }>(
              sql`select min(position)::text as p from audit_chain where position >= ${from}`,
            )
          )[0]?.p,
        ),
    );
    for await (const row of source)
      yield {
        position: Number(row.position),
        hash: row.link_hash,
        event: row.event_exists ? toChainedEvent(row) : null,
      };
  })();
}

function blocks(run: RunSql): AsyncGenerator<SealedBlock> {
  return (async function* () {
    const source = pages<Record<string, string>>(
      (from, through) =>
        run(sql`
          select block::text as block, first_position::text as first, last_position::text as last, head_hash,
                 prev_mac, mac
          from audit_blocks where block between ${from} and ${through} order by audit_blocks.block`),
      async (from) =>
        numberOrNull(
          (
            await run<{ b: string | null }>(
              sql`select min(block)::text as b from audit_blocks where block >= ${from}`,
            )
          )[0]?.b,
        ),
    );
    for await (const row of source)
      yield {
        block: Number(row.block),
        firstPosition: Number(row.first),
        lastPosition: Number(row.last),
        headHash: row.head_hash as string,
        prevMac: row.prev_mac as string,
        mac: row.mac as string,
      };
  })();
}

/**
 * Recomputes the whole chain in order and checks every block's seal under `key`, then looks for events
 * outside the chain, events waiting for the sealer longer than the bound, and (given digests kept outside
 * the database) that the log still holds, unchanged, everything each digest covered.
 */
export async function verifyLedger(
  run: RunSql,
  key: Buffer,
  options: { boundSeconds?: number; digests?: readonly AuditDigest[] } = {},
): Promise<LedgerVerification> {
  const checker = new LedgerChecker(key);
  const linkSource = links(run);
  let pendingLink = await linkSource.next();
  for await (const block of blocks(run)) {
    while (!pendingLink.done && pendingLink.value.position <= block.lastPosition) {
      checker.addLink(pendingLink.value);
      pendingLink = await linkSource.next();
    }
    checker.closeBlock(block);
  }
  while (!pendingLink.done) {
    checker.addLink(pendingLink.value);
    pendingLink = await linkSource.next();
  }
  const [head] = await run<{ position: string; hash: string }>(
    sql`select seq::text as position, hash from audit_chain_head where id = 1`,
  );
  checker.finish(head ? { position: Number(head.position), hash: head.hash } : undefined);

  const breaks = [...checker.breaks];
  const unchained = await run<{ seq: string; total: string }>(sql`
    select e.seq::text as seq, count(*) over ()::text as total from audit_events e
    where not exists (select 1 from audit_chain c where c.event_id = e.id)
      and not exists (select 1 from audit_pending_seal p where p.event_id = e.id)
    order by e.seq limit ${LISTED}`);
  const unchainedTotal = Number(unchained[0]?.total ?? 0);
  for (const row of unchained) breaks.push({ problem: 'unchained_event', seq: Number(row.seq) });

  const bound = options.boundSeconds ?? DEFAULT_SEAL_BOUND_SECONDS;
  const [lag] = await run<{
    pending: string;
    overdue: string;
    oldest: string | null;
    seconds: string | null;
  }>(sql`
    select count(*)::text as pending,
           count(*) filter (where e.occurred_at < now() - make_interval(secs => ${bound}))::text as overdue,
           (min(e.seq) filter (where e.occurred_at < now() - make_interval(secs => ${bound})))::text as oldest,
           floor(extract(epoch from now() - min(e.occurred_at)))::text as seconds
    from audit_pending_seal p join audit_events e on e.id = p.event_id`);
  if (lag && Number(lag.overdue) > 0)
    breaks.push({
      problem: 'overdue',
      count: Number(lag.overdue),
      oldestSeq: Number(lag.oldest),
      seconds: Number(lag.seconds),
    });

  for (const digest of options.digests ?? []) {
    const [block] = await run<{ last: string; head_hash: string; mac: string }>(sql`
      select last_position::text as last, head_hash, mac from audit_blocks where block = ${digest.block}`);
    if (!block) breaks.push({ problem: 'digest_block_missing', block: digest.block });
    else if (
      Number(block.last) !== digest.lastPosition ||
      block.head_hash !== digest.headHash ||
      block.mac !== digest.mac
    )
      breaks.push({ problem: 'digest_mismatch', block: digest.block });
  }
  return {
    checked: checker.checked,
    intact: checker.intact,
    blocks: checker.blocks,
    pending: Number(lag?.pending ?? 0),
    unchained: unchainedTotal,
    breaks,
  };
}

/** Verifies as of one moment, read-only, over the owner connection (which reads every event). */
export function verifyAuditTrail(
  owner: OwnerConnection,
  key: Buffer,
  options: { boundSeconds?: number; digests?: readonly AuditDigest[] } = {},
): Promise<LedgerVerification> {
  return owner.transaction(async (session: SqlSession) => {
    await session.exec('set transaction isolation level repeatable read, read only');
    return verifyLedger(ownerRunner(session), key, options);
  });
}
