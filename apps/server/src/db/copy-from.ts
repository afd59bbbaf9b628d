import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import type pg from 'pg';

const CHUNK = 1 << 20;

/**
 * node-postgres: streams COPY text-format data to `COPY … FROM STDIN` in 1 MiB pieces (COPY reads a byte
 * stream, so a piece may end inside a character). Table and column names come from the caller's code.
 */
export async function copyIntoPostgres(
  client: pg.ClientBase,
  table: string,
  columns: readonly string[],
  data: string,
): Promise<void> {
  const { from: copyFromStdin } = await import('pg-copy-streams');
  const bytes = Buffer.from(data, 'utf8');
  const pieces = function* () {
    for (let at = 0; at < bytes.length; at += CHUNK) yield bytes.subarray(at, at + CHUNK);
  };
  await pipeline(
    Readable.from(pieces()),
    client.query(copyFromStdin(`COPY ${table} (${columns.join(', ')}) FROM STDIN`)),
  );
}
