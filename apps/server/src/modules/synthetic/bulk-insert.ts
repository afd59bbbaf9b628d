import type { SqlSession } from '../../db/types';
import { type BulkColumn, copyText } from './copy-text';

export type { BulkColumn };

/**
 * Inserts many rows in one statement. Where the engine takes `COPY` (both do; a suffix such as `on conflict`
 * needs an insert), the rows travel in COPY's text format: PostgreSQL parses that several times faster than
 * JSON. Otherwise they travel as one JSON document and `jsonb_to_recordset` turns them back into typed rows.
 * Both give the same rows: the column types below type both.
 */
export async function bulkInsert(
  session: SqlSession,
  table: string,
  columns: readonly BulkColumn[],
  suffix = '',
): Promise<void> {
  const rows = columns[0]?.values.length ?? 0;
  if (rows === 0) return;
  for (const column of columns)
    if (column.values.length !== rows)
      throw new Error(`bulk insert into ${table}: uneven column ${column.name}`);
  if (session.copyFrom && suffix === '') {
    const names = columns.map((column) => column.name);
    return session.copyFrom(table, names, copyText(columns));
  }
  const records: Record<string, unknown>[] = Array.from({ length: rows }, () => ({}));
  for (const column of columns) {
    column.values.forEach((value, r) => {
      (records[r] as Record<string, unknown>)[column.name] = value;
    });
  }
  const names = columns.map((column) => column.name).join(', ');
  const shape = columns.map((column) => `${column.name} ${column.type}`).join(', ');
  await session.query(
    `insert into ${table} (${names}) select ${names} from jsonb_to_recordset($1::jsonb) as x(${shape}) ${suffix}`,
    [JSON.stringify(records)],
  );
}

/** `bulkInsert` from rows: each row names its columns' values; `columns` gives their names and SQL types. */
export function bulkInsertRows(
  session: SqlSession,
  table: string,
  columns: ReadonlyArray<readonly [name: string, type: BulkColumn['type']]>,
  rows: readonly Record<string, unknown>[],
  suffix = '',
): Promise<void> {
  const bulkColumns = columns.map(([name, type]) => ({
    name,
    type,
    values: rows.map((row) => row[name] ?? null),
  }));
  return bulkInsert(session, table, bulkColumns, suffix);
}
