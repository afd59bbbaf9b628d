// The ideal floor's write: every row the application inserted for one request (taken from its trace), written by
// one statement — a chain of data-modifying CTEs — as a hand-written server would send it.
import { randomUUID } from 'node:crypto';
import type { TracedStatement } from './sql-trace';
import { withCarriedIds } from './sql-trace';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface WriteStatement {
  /** One statement per group (usually one; see `writeStatement`), values as traced. */
  statements: Array<{ text: string; values: unknown[] }>;
  /** The traced ids that were new in this request (primary keys, draft ids); fresh on each run (`valuesFor`). */
  generated: Set<string>;
  /** How many row-writing statements of the application it stands for. */
  inserts: number;
}

const renumber = (text: string, offset: number) =>
  text.replace(/\$(\d+)/g, (_, n: string) => `$${Number(n) + offset}`);

/** `with a as (insert …) insert …` (the audit append) as two CTE bodies: PostgreSQL refuses nested data-modifying WITH. */
function bodies(text: string): string[] {
  const nested = /^\s*with\s+\w+\s+as\s+\(([\s\S]*)\)\s*(insert\s[\s\S]*)$/i.exec(text);
  const parts = nested ? [nested[1] as string, nested[2] as string] : [text];
  // A returning list answers the application; inside the chain nothing reads it.
  return parts.map((part) => part.replace(/\s+returning\s[\s\S]*$/i, '').trim());
}

interface Unit {
  text: string;
  values: unknown[];
  /** The group it joins: after every group holding a row it refers to. */
  group: number;
}

/**
 * Folds the trace's inserts into as few statements as row-level security allows: one, except that a row whose
 * insert policy looks up the row it refers to (a consent its case, a match key its person, a response its
 * screening) cannot be in the statement that inserts that row — one statement sees one snapshot — so it joins
 * the next. A value the application read from a `lantern_…()` function (the next case code, the actor's
 * province) becomes that call inside the statement, so the database still computes it.
 */
export function writeStatement(trace: readonly TracedStatement[]): WriteStatement {
  const computed = new Map<string, { text: string; values: unknown[] }>();
  const producer = new Map<string, number>();
  const units: Unit[] = [];
  const generated = new Set<string>();
  for (const statement of trace) {
    const isInsert = /^\s*(with\s[\s\S]*\)\s*)?insert\s/i.test(statement.text);
    if (!isInsert) {
      const call = /^\s*select\s+(lantern_\w+\([^)]*\))(\s+as\s+\w+)?\s*$/i.exec(statement.text);
      const value = statement.rows[0]?.[0];
      if (call && statement.rows.length === 1 && value !== null && value !== undefined)
        computed.set(String(value), { text: call[1] as string, values: statement.values });
      continue;
    }
    let text = statement.text;
    const values = [...statement.values];
    let group = 0;
    for (const [position, value] of statement.values.entries()) {
      const source = typeof value === 'string' ? computed.get(value) : undefined;
      if (source) {
        // The parameter becomes the call, whose own parameters join the list.
        const call = renumber(source.text, values.length);
        values.push(...source.values);
        text = text.replace(new RegExp(`\\$${position + 1}(?!\\d)`, 'g'), `(select ${call})`);
      } else if (typeof value === 'string' && producer.has(value))
        group = Math.max(group, (producer.get(value) as number) + 1);
      else if (typeof value === 'string' && UUID.test(value) && !seenBefore(trace, statement, value))
        generated.add(value);
    }
    for (const [, value] of statement.values.entries())
      if (typeof value === 'string' && generated.has(value) && !producer.has(value))
        producer.set(value, group);
    units.push({ text, values, group });
  }
  if (units.length === 0) throw new Error('the trace holds no insert');
  const groups = Math.max(...units.map((unit) => unit.group)) + 1;
  const statements = Array.from({ length: groups }, (_, g) =>
    chain(units.filter((unit) => unit.group === g)),
  );
  return { statements, generated, inserts: units.length };
}

/** One group's inserts as one statement: each a data-modifying CTE, the last one the statement itself. */
function chain(units: readonly Unit[]): { text: string; values: unknown[] } {
  const ctes: string[] = [];
  const values: unknown[] = [];
  for (const unit of units) {
    for (const body of bodies(renumber(unit.text, values.length))) ctes.push(body);
    values.push(...unit.values);
  }
  const last = ctes.pop() as string;
  const text = ctes.length
    ? `with ${ctes.map((body, i) => `w${i} as (${body})`).join(',\n')}\n${last}`
    : last;
  return compact(text, values);
}

/** Drops the parameters a call replaced: PostgreSQL refuses a parameter no statement text uses. */
function compact(text: string, values: unknown[]): { text: string; values: unknown[] } {
  const used = [...new Set([...text.matchAll(/\$(\d+)/g)].map((m) => Number(m[1])))].sort((a, b) => a - b);
  const number = new Map(used.map((n, i) => [n, i + 1]));
  return {
    text: text.replace(/\$(\d+)/g, (_, n: string) => `$${number.get(Number(n))}`),
    values: used.map((n) => values[n - 1]),
  };
}

/** Whether a value appeared in a statement before this one (then it was read, not generated). */
function seenBefore(trace: readonly TracedStatement[], statement: TracedStatement, value: string): boolean {
  for (const earlier of trace) {
    if (earlier === statement) return false;
    // JSON answers count too: the session the context function opened names the user and the agency.
    if (earlier.values.includes(value) || JSON.stringify(earlier.rows).includes(value)) return true;
  }
  return false;
}

/** The statements' values for one run: fresh ids for generated ones, the connection's user for the template's. */
export function valuesFor(write: WriteStatement, carried: ReadonlyMap<string, string>): unknown[][] {
  const fresh = new Map<string, string>();
  const swap = (value: unknown): unknown => {
    if (typeof value !== 'string') return value;
    const known = carried.get(value);
    if (known !== undefined) return known;
    if (!write.generated.has(value)) return value;
    let id = fresh.get(value);
    if (!id) {
      id = randomUUID();
      fresh.set(value, id);
    }
    return id;
  };
  return write.statements.map((statement) =>
    statement.values
      .map(swap)
      .map((value) => (typeof value === 'string' ? withCarriedIds(value, fresh) : value)),
  );
}
