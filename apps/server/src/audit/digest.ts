import { sql } from 'drizzle-orm';
import type { RunSql } from './sql-runner';

/**
 * The ledger's head as an operator keeps it outside the database: the last sealed block, the number of
 * events the chain held then, the chain hash at that point and the block's seal. Later, `lantern audit
 * verify --digest FILE` proves the log still holds everything each kept digest covered, unchanged.
 */
export interface AuditDigest {
  block: number;
  lastPosition: number;
  headHash: string;
  mac: string;
  sealedAt: string;
}

const KIND = 'lantern-audit-digest-v1';

export async function currentDigest(run: RunSql): Promise<AuditDigest | null> {
  const [row] = await run<{
    block: string;
    last: string;
    head_hash: string;
    mac: string;
    sealed_at: string;
  }>(sql`
    select block::text as block, last_position::text as last, head_hash, mac,
           to_char(sealed_at at time zone 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"') as sealed_at
    from audit_blocks order by audit_blocks.block desc limit 1`);
  if (!row) return null;
  return {
    block: Number(row.block),
    lastPosition: Number(row.last),
    headHash: row.head_hash,
    mac: row.mac,
    sealedAt: row.sealed_at,
  };
}

/** One line of JSON, to append to a file kept elsewhere (another machine, write-once storage, a printout). */
export function formatDigest(digest: AuditDigest): string {
  return `${JSON.stringify({ kind: KIND, ...digest })}\n`;
}

export class DigestFormatError extends Error {
  override name = 'DigestFormatError';
}

/** Every digest in a file of digest lines; blank lines are skipped, anything else malformed is refused. */
export function parseDigests(text: string): AuditDigest[] {
  const digests: AuditDigest[] = [];
  text.split('\n').forEach((line, index) => {
    if (line.trim() === '') return;
    let value: unknown;
    try {
      value = JSON.parse(line);
    } catch {
      throw new DigestFormatError(`line ${index + 1}: not a digest (not JSON)`);
    }
    const d = value as Record<string, unknown>;
    if (
      d.kind !== KIND ||
      !Number.isSafeInteger(d.block) ||
      !Number.isSafeInteger(d.lastPosition) ||
      typeof d.headHash !== 'string' ||
      typeof d.mac !== 'string'
    )
      throw new DigestFormatError(`line ${index + 1}: not a ${KIND} line`);
    digests.push({
      block: d.block as number,
      lastPosition: d.lastPosition as number,
      headHash: d.headHash,
      mac: d.mac,
      sealedAt: typeof d.sealedAt === 'string' ? d.sealedAt : '',
    });
  });
  return digests;
}
