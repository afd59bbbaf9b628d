import type { Locale, Permission } from '@lantern/domain';
import type { HeldTransaction } from '../db/held-transaction';
import {
  finishRequestTransaction,
  runInRequestTransaction,
  sameActor,
  type TransactionContext,
} from '../db/request-transaction';
import type { AppDatabase, Tx } from '../db/types';
import type { KeyRing } from '../lib/key-ring';

/** The signed-in person acting in a request, as established by their session. */
export interface Actor {
  userId: string;
  username: string;
  agencyId: string;
  sessionId: string;
  roles: string[];
  permissions: Permission[];
}

/**
 * Everything a use case knows about the request it serves. Use cases reach the database only through
 * `transaction`, which runs as the restricted request role with this actor, agency and permissions set
 * for row-level security; they never receive a connection of their own.
 */
export interface RequestContext {
  readonly requestId: string;
  readonly locale: Locale;
  readonly actor: Actor | null;
  readonly client: { ip: string | null; userAgent: string | null };
  readonly secrets: KeyRing;
  /** Whether the installation runs in demo mode (synthetic data, documented passwords). */
  readonly demo: boolean;
  transaction<T>(work: (tx: Tx) => Promise<T>): Promise<T>;
}

export interface ContextInit {
  requestId: string;
  locale: Locale;
  actor: Actor | null;
  client: { ip: string | null; userAgent: string | null };
  secrets: KeyRing;
  demo: boolean;
}

/**
 * The request's transaction while it waits for the request's first piece of work: the session middleware
 * opened it with the session lookup (access/resolve-session.ts), for the actor in `context`.
 */
export interface PendingTransaction {
  readonly held: HeldTransaction;
  readonly context: TransactionContext;
}

const pendingOf = new WeakMap<RequestContext, PendingTransaction>();

/**
 * The first `transaction` of a request whose session opened one does its work in that transaction and
 * commits it; later ones (and every one of a request without a session) begin their own.
 */
export function createRequestContext(
  db: AppDatabase,
  init: ContextInit,
  pending?: PendingTransaction,
): RequestContext {
  const settings: TransactionContext = {
    requestId: init.requestId,
    actorId: init.actor?.userId ?? null,
    agencyId: init.actor?.agencyId ?? null,
    permissions: init.actor?.permissions ?? [],
  };
  const ctx: RequestContext = {
    ...init,
    transaction: (work) => {
      if (pending && !pending.held.ended) {
        const changed = sameActor(pending.context, settings) ? null : settings;
        return finishRequestTransaction(pending.held, changed, work);
      }
      return runInRequestTransaction(db, settings, work);
    },
  };
  if (pending) pendingOf.set(ctx, pending);
  return ctx;
}

/**
 * The same request, now acting as `actor` (after the session is resolved, or a sign-in completes); it keeps
 * the request's pending transaction, if any, so the first piece of work still runs in it.
 */
export function withActor(
  db: AppDatabase,
  ctx: RequestContext,
  actor: Actor | null,
  pending: PendingTransaction | undefined = pendingOf.get(ctx),
): RequestContext {
  return createRequestContext(
    db,
    {
      requestId: ctx.requestId,
      locale: ctx.locale,
      actor,
      client: ctx.client,
      secrets: ctx.secrets,
      demo: ctx.demo,
    },
    pending,
  );
}
