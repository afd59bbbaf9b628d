import { randomBytes } from 'node:crypto';
import { codeFromBytes } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import type { Tx } from '../../db/types';

/** A fresh code from the server's CSPRNG (32 bytes always hold twelve unbiased symbols in practice). */
export function newCode(): string {
  for (;;) {
    try {
      return codeFromBytes(randomBytes(48));
    } catch {
      // Vanishingly rare (more than 36 of 48 bytes ≥ 240): draw again.
    }
  }
}

/**
 * A code is stored as its keyed hash (the installation's blind-index key, kept outside the database), not a
 * plain SHA-256: twelve characters are few enough that a stolen table could otherwise be searched offline.
 * The purpose is part of the key, so a status code can never open a feedback survey or the other way round.
 */
export const codeHash = (ctx: RequestContext, purpose: 'status' | 'feedback', code: string) =>
  ctx.secrets.blindIndex(`${purpose}-code:${code}`);

export interface StatusPanelRow {
  enabled: boolean;
  codeIssuedAt: Date | string | null;
}

/** The case's switch (on unless turned off) and its live code's issue time. */
export async function readStatusPanel(tx: Tx, caseId: string) {
  const [row] = await queryRows<StatusPanelRow>(
    tx,
    sql`select coalesce((select enabled from status_check_settings where case_id = ${caseId}), true) as enabled,
          (select issued_at from status_codes where case_id = ${caseId} and revoked_at is null) as "codeIssuedAt"`,
  );
  const issued = row?.codeIssuedAt ?? null;
  return {
    enabled: row?.enabled ?? true,
    codeIssuedAt: issued === null ? null : new Date(issued).toISOString(),
  };
}

/** Ends the case's live code, if any; answers whether there was one. */
export async function revokeLiveCode(tx: Tx, caseId: string): Promise<boolean> {
  const rows = await queryRows<{ id: string }>(
    tx,
    sql`update status_codes set revoked_at = now() where case_id = ${caseId} and revoked_at is null returning id`,
  );
  return rows.length > 0;
}
