// The ideal floor: per request, what a hand-written server would send — begin, the context (role, request, actor),
// ONE statement answering the request (a write: as few as row-level security allows), commit — from bare `pg`
// clients as the request role.
import type pg from 'pg';
import { contextStatement, type IdealActor, type IdealStatement } from './ideal-reads';
import type { TracedStatement } from './sql-trace';
import { valuesFor, writeStatement } from './write-statement';

export interface IdealRequest {
  /** Runs one request as `actor` (a write with `swap`: the rotated values); answers the statement's rows. */
  run(
    client: pg.Client,
    actor: IdealActor,
    swap?: ReadonlyMap<string, string>,
  ): Promise<Record<string, unknown>[]>;
  /** What the one statement stands for, for the report. */
  describe: string;
}

async function inTransaction(
  client: pg.Client,
  actor: IdealActor,
  permissions: readonly string[],
  statements: readonly IdealStatement[],
): Promise<Record<string, unknown>[]> {
  const context = contextStatement(actor, permissions);
  await client.query('begin');
  await client.query(context.text, context.values);
  let rows: Record<string, unknown>[] = [];
  for (const statement of statements) rows = (await client.query(statement.text, statement.values)).rows;
  await client.query('commit');
  return rows;
}

/** A read's ideal: the hand-written statement of the path (ideal-reads.ts). */
export function idealRead(
  statement: (actor: IdealActor) => IdealStatement,
  permissions: readonly string[],
  describe: string,
): IdealRequest {
  return {
    run: (client, actor) => inTransaction(client, actor, permissions, [statement(actor)]),
    describe,
  };
}

/** A write's ideal: every row the traced request inserted, audit event and seal queue included, in one statement. */
export function idealWrite(
  trace: readonly TracedStatement[],
  template: IdealActor,
  permissions: readonly string[],
): IdealRequest {
  const write = writeStatement(trace);
  return {
    run: (client, actor, swap) => {
      const values = valuesFor(write, new Map([...(swap ?? []), [template.userId, actor.userId]]));
      return inTransaction(
        client,
        actor,
        permissions,
        write.statements.map((statement, i) => ({ text: statement.text, values: values[i] as unknown[] })),
      );
    },
    describe: `the ${write.inserts} inserts in ${write.statements.length} statement(s) (a row whose insert policy looks up its parent follows it)`,
  };
}
