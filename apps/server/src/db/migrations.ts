import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { serverPackageRoot } from '../lib/package-root';

export interface Migration {
  tag: string;
  sha256: string;
  statements: string[];
}

export function defaultMigrationsDir(): string {
  return path.join(serverPackageRoot(), 'migrations');
}

/** Reads the committed migrations in the order of drizzle-kit's journal. */
export function loadMigrations(dir = defaultMigrationsDir()): Migration[] {
  const journal = JSON.parse(readFileSync(path.join(dir, 'meta', '_journal.json'), 'utf8')) as {
    entries: { idx: number; tag: string }[];
  };
  return [...journal.entries]
    .sort((a, b) => a.idx - b.idx)
    .map(({ tag }) => {
      const text = readFileSync(path.join(dir, `${tag}.sql`), 'utf8');
      return {
        tag,
        sha256: createHash('sha256').update(text).digest('hex'),
        statements: text
          .split('--> statement-breakpoint')
          .map((statement) => statement.trim())
          .filter((statement) => statement.replace(/--.*$/gm, '').trim() !== ''),
      };
    });
}
