import type { PGlite, Transaction } from '@electric-sql/pglite';
import type pg from 'pg';
import type { Database } from '../db/types';

/** Every statement the request connection sent, as the driver saw it; begin and commit included. */
export interface StatementLog {
  /** Statements sent since the last `clear`, trimmed; PGlite's own BEGIN, COMMIT and ROLLBACK as lower case. */
  readonly statements: string[];
  clear(): void;
}

const textOf = (query: unknown): string =>
  (typeof query === 'string' ? query : ((query as { text?: string })?.text ?? '')).trim();

/**
 * Records what the request connection sends, by wrapping the driver under Drizzle: PGlite's client (its own
 * transaction sends BEGIN and COMMIT, recorded as "begin" and "commit") or node-postgres's pool and the
 * clients it lends (Drizzle sends begin and commit through them as statements).
 */
export function recordStatements(database: Database): StatementLog {
  const statements: string[] = [];
  const log = (query: unknown) => statements.push(textOf(query));
  const client = (database.db as unknown as { $client: unknown }).$client;

  if (database.engine === 'pglite') {
    const lite = client as PGlite;
    const query = lite.query.bind(lite);
    const transaction = lite.transaction.bind(lite);
    lite.query = ((text: string, ...rest: unknown[]) => {
      log(text);
      return (query as (...args: unknown[]) => unknown)(text, ...rest);
    }) as PGlite['query'];
    lite.transaction = (async <T>(work: (tx: Transaction) => Promise<T>) => {
      log('begin');
      try {
        const result = await transaction((tx) =>
          work({
            ...tx,
            query: (text: string, ...rest: unknown[]) => {
              log(text);
              return (tx.query as (...args: unknown[]) => Promise<never>)(text, ...rest);
            },
            exec: (text: string, ...rest: unknown[]) => {
              log(text);
              return (tx.exec as (...args: unknown[]) => Promise<never>)(text, ...rest);
            },
          } as Transaction),
        );
        log('commit');
        return result;
      } catch (error) {
        log('rollback');
        throw error;
      }
    }) as PGlite['transaction'];
  } else {
    const pool = client as pg.Pool;
    const wrapped = new WeakSet<object>();
    const poolQuery = pool.query.bind(pool) as (...args: unknown[]) => unknown;
    pool.query = ((text: unknown, ...rest: unknown[]) => {
      log(text);
      return poolQuery(text, ...rest);
    }) as typeof pool.query;
    const connect = pool.connect.bind(pool) as (...args: unknown[]) => unknown;
    // pool.query borrows a client through connect(callback); only the promise form lends one to Drizzle.
    pool.connect = ((...args: unknown[]) => {
      if (args.length > 0) return connect(...args);
      return (connect() as Promise<pg.PoolClient>).then((lent) => {
        if (!wrapped.has(lent)) {
          wrapped.add(lent);
          const clientQuery = lent.query.bind(lent) as (...args: unknown[]) => unknown;
          lent.query = ((text: unknown, ...rest: unknown[]) => {
            log(text);
            return clientQuery(text, ...rest);
          }) as typeof lent.query;
        }
        return lent;
      });
    }) as typeof pool.connect;
  }

  return {
    statements,
    clear: () => {
      statements.length = 0;
    },
  };
}
