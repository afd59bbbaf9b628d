/** A column of a bulk insert: its name, its SQL type, and one value per row. */
export interface BulkColumn {
  name: string;
  type:
    | 'uuid'
    | 'text'
    | 'int'
    | 'int8'
    | 'float8'
    | 'bool'
    | 'date'
    | 'timestamptz'
    | 'jsonb'
    | 'text[]'
    | 'uuid[]';
  values: unknown[];
}

/**
 * Rows in PostgreSQL's COPY text format (tab-separated, `\N` for null, backslash escapes), typed by the same
 * column types the `jsonb_to_recordset` path declares, so both paths store the same values.
 */
export function copyText(columns: readonly BulkColumn[]): string {
  const rows = columns[0]?.values.length ?? 0;
  const formatters = columns.map((column) => formatterFor(column.type));
  // Ids, numbers, flags, dates and times never hold a tab, newline or backslash: only text-like values are escaped.
  const escaped = columns.map((column) => ESCAPED.has(column.type));
  const lines: string[] = new Array(rows);
  for (let r = 0; r < rows; r++) {
    let line = '';
    for (let c = 0; c < columns.length; c++) {
      const value = (columns[c] as BulkColumn).values[r];
      if (c > 0) line += '\t';
      if (value === null || value === undefined) line += '\\N';
      else {
        const text = (formatters[c] as Format)(value);
        line += escaped[c] ? escapeCopy(text) : text;
      }
    }
    lines[r] = line;
  }
  return lines.length > 0 ? `${lines.join('\n')}\n` : '';
}

type Format = (value: unknown) => string;
const ESCAPED = new Set<BulkColumn['type']>(['text', 'jsonb', 'text[]', 'uuid[]']);

function formatterFor(type: BulkColumn['type']): Format {
  switch (type) {
    case 'jsonb':
      return (value) => JSON.stringify(value);
    case 'bool':
      return (value) => (value ? 't' : 'f');
    case 'text[]':
    case 'uuid[]':
      return arrayLiteral;
    default:
      return (value) =>
        value instanceof Date
          ? value.toISOString()
          : typeof value === 'object'
            ? JSON.stringify(value)
            : String(value);
  }
}

/** `{"a","b \"c\""}`: every element quoted, so commas, braces and spaces need no thought; null as NULL. */
function arrayLiteral(value: unknown): string {
  if (!Array.isArray(value)) throw new Error(`COPY: expected an array, got ${typeof value}`);
  const items = value.map((item) =>
    item === null || item === undefined
      ? 'NULL'
      : `"${String(item).replaceAll('\\', '\\\\').replaceAll('"', '\\"')}"`,
  );
  return `{${items.join(',')}}`;
}

const SPECIAL = /[\\\t\n\r]/;

function escapeCopy(text: string): string {
  if (!SPECIAL.test(text)) return text;
  return text.replace(/[\\\t\n\r]/g, (char) =>
    char === '\\' ? '\\\\' : char === '\t' ? '\\t' : char === '\n' ? '\\n' : '\\r',
  );
}
