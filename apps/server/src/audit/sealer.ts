import { sql } from 'drizzle-orm';
import { blockMac, eventHash, GENESIS_HASH } from './chain';
import type { RunSql } from './sql-runner';
import { EVENT_COLUMNS, type EventRow, toChainedEvent } from './stored-events';

export interface SealOutcome {
  /** Events chained by this run. */
  events: number;
  /** The block this run closed, if it closed one. */
  block: number | null;
}

/** How many events one block takes at most; a busier queue is sealed by consecutive runs. */
export const SEAL_BATCH = 5000;

/**
 * One sealing run, in the caller's transaction: takes the queued (committed, unchained) events in the order
 * of their numbers, links each to the chain, and closes a block over the new links whose head it seals with
 * `key`. The chain order is decided here alone. The head row's lock serialises sealers (never requests);
 * an event whose transaction started before an already-chained one and committed after it is simply queued
 * later and chained by a later run. A link's event is removed from the queue in the same transaction, and
 * `audit_chain.event_id` is unique, so no event is chained twice or skipped.
 */
export async function sealPendingEvents(run: RunSql, key: Buffer, batch = SEAL_BATCH): Promise<SealOutcome> {
  const [head] = await run<{ position: string; hash: string }>(
    sql`select seq::text as position, hash from audit_chain_head where id = 1 for update`,
  );
  if (!head) throw new Error('The audit chain head is missing');
  const [lastBlock] = await run<{ block: string; last_position: string; mac: string }>(
    sql`select block::text as block, last_position::text as last_position, mac
        from audit_blocks order by audit_blocks.block desc limit 1`,
  );
  const events = await run<EventRow & { id: string }>(sql`
    select e.id::text as id, ${EVENT_COLUMNS}
    from audit_pending_seal p join audit_events e on e.id = p.event_id
    order by e.seq limit ${batch}`);

  let position = Number(head.position);
  let hash = head.hash;
  const links = events.map((row) => {
    position += 1;
    hash = eventHash(hash, toChainedEvent(row));
    return { position, event_id: row.id, hash };
  });
  const sealedThrough = lastBlock ? Number(lastBlock.last_position) : 0;
  if (position === sealedThrough) return { events: 0, block: null };

  if (links.length > 0) {
    const rows = JSON.stringify(links);
    await run(sql`
      insert into audit_chain (position, event_id, hash)
      select position, event_id, hash from jsonb_to_recordset(${rows}::jsonb)
        as l(position bigint, event_id uuid, hash text)`);
    await run(sql`
      delete from audit_pending_seal
      where event_id in (select event_id from jsonb_to_recordset(${rows}::jsonb) as l(event_id uuid))`);
    await run(sql`update audit_chain_head set seq = ${position}, hash = ${hash} where id = 1`);
  }
  const block = {
    block: lastBlock ? Number(lastBlock.block) + 1 : 1,
    firstPosition: sealedThrough + 1,
    lastPosition: position,
    headHash: hash,
    prevMac: lastBlock?.mac ?? GENESIS_HASH,
  };
  await run(sql`
    insert into audit_blocks (block, first_position, last_position, head_hash, prev_mac, mac)
    values (${block.block}, ${block.firstPosition}, ${block.lastPosition}, ${block.headHash}, ${block.prevMac},
      ${blockMac(key, block)})`);
  return { events: links.length, block: block.block };
}
