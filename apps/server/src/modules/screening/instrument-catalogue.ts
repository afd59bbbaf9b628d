import { createHash } from 'node:crypto';
import { type Instrument, instrumentSchema, shippedInstruments } from '@lantern/domain';
import { and, eq } from 'drizzle-orm';
import { recordSystemAudit } from '../../audit/system-audit';
import { screeningInstruments } from '../../db/schema';
import type { SqlSession, Tx } from '../../db/types';
import { notFound } from '../../lib/errors';

/** A stable hash of a definition: keys sorted, so formatting and key order never count as a change. */
export function contentHash(definition: unknown): string {
  const canonical = (value: unknown): unknown => {
    if (Array.isArray(value)) return value.map(canonical);
    if (value && typeof value === 'object')
      return Object.fromEntries(
        Object.entries(value)
          .filter(([, entry]) => entry !== undefined)
          .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
          .map(([key, entry]) => [key, canonical(entry)]),
      );
    return value;
  };
  return createHash('sha256')
    .update(JSON.stringify(canonical(definition)))
    .digest('hex');
}

/**
 * Loads the instrument versions Lantern ships. A version not yet in the database is published; a version
 * whose content changed is updated only while no screening used it — otherwise start-up stops, because a
 * used version is immutable and the change must be published as a new version.
 */
export async function ensureShippedInstruments(session: SqlSession): Promise<void> {
  let added = 0;
  let updated = 0;
  for (const instrument of shippedInstruments) {
    const hash = contentHash(instrument);
    const { rows } = await session.query<{ content_hash: string; used: boolean }>(
      `select content_hash, exists (select 1 from screening_responses r
         where r.instrument_id = i.id and r.instrument_version = i.version) as used
       from screening_instruments i where id = $1 and version = $2`,
      [instrument.id, instrument.version],
    );
    const existing = rows[0];
    if (existing?.content_hash === hash) continue;
    if (existing?.used)
      throw new Error(
        `Instrument ${instrument.id} version ${instrument.version} was changed after screenings used it. ` +
          'Published versions are immutable: give the changed instrument a new version number.',
      );
    await session.query(
      `insert into screening_instruments (id, version, definition, content_hash, role, source_status)
       values ($1, $2, $3, $4, $5, $6)
       on conflict (id, version) do update set definition = excluded.definition,
         content_hash = excluded.content_hash, role = excluded.role, source_status = excluded.source_status`,
      [
        instrument.id,
        instrument.version,
        JSON.stringify(instrument),
        hash,
        instrument.role,
        instrument.sourceStatus,
      ],
    );
    if (existing) updated += 1;
    else added += 1;
  }
  if (added + updated > 0)
    await recordSystemAudit(session, {
      action: 'screening.instrument.ship',
      resourceType: 'screening_instrument',
      details: { added, updated },
    });
}

const parsed = new Map<string, Instrument>();

/** One published version, parsed once per content hash. Answers 404 for a version that does not exist. */
export async function loadInstrument(tx: Tx, id: string, version: number) {
  const [row] = await tx
    .select()
    .from(screeningInstruments)
    .where(and(eq(screeningInstruments.id, id), eq(screeningInstruments.version, version)));
  if (!row) throw notFound();
  const key = `${row.id}@${row.version}:${row.contentHash}`;
  let instrument = parsed.get(key);
  if (!instrument) {
    instrument = instrumentSchema.parse(row.definition);
    parsed.set(key, instrument);
  }
  return { row, instrument };
}
