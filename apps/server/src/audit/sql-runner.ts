import type { SQL } from 'drizzle-orm';
import { PgDialect } from 'drizzle-orm/pg-core';
import { queryRows } from '../db/query-rows';
import type { SqlSession, Tx } from '../db/types';

/** Runs a Drizzle SQL query and returns its rows, whichever connection the ledger code was given. */
export type RunSql = <Row>(query: SQL) => Promise<Row[]>;

const dialect = new PgDialect();

export function ownerRunner(session: SqlSession): RunSql {
  return async <Row>(query: SQL) => {
    const { sql: text, params } = dialect.sqlToQuery(query);
    return (await session.query<Row>(text, params)).rows;
  };
}

export function requestRunner(tx: Tx): RunSql {
  return <Row>(query: SQL) => queryRows<Row>(tx, query);
}
