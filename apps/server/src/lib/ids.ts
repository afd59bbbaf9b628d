import { uuidv7 } from 'uuidv7';

/**
 * Time-ordered UUIDs (v7) for every primary key: index-friendly like a sequence, but generated in the
 * application so keys never depend on a database sequence (which would not survive a move to a
 * distributed Postgres-compatible engine) and reveal nothing about how many records exist.
 */
export function newId(): string {
  return uuidv7();
}
