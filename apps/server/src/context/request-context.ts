import type { Locale } from '@lantern/domain';
import { runInRequestTransaction } from '../db/request-transaction';
import type { AppDatabase, Tx } from '../db/types';

/** The signed-in person acting in a request. Accounts arrive with the identity and access module. */
export interface Actor {
  userId: string;
  agencyId: string;
}

/**
 * Everything a use case knows about the request it serves. Use cases reach the database only through
 * `transaction`, which runs as the restricted request role with this actor and agency set for
 * row-level security; they never receive a connection of their own.
 */
export interface RequestContext {
  readonly requestId: string;
  readonly locale: Locale;
  readonly actor: Actor | null;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export function createRequestContext(
  db: AppDatabase,
  init: { requestId: string; locale: Locale; actor: Actor | null },
): RequestContext {
  const settings = {
    requestId: init.requestId,
    actorId: init.actor?.userId ?? null,
    agencyId: init.actor?.agencyId ?? null,
  };
  return {
    ...init,
    transaction: (work) => runInRequestTransaction(db, settings, work),
  };
}
