import type { Locale, Permission } from '@lantern/domain';
import { runInRequestTransaction } from '../db/request-transaction';
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

export function createRequestContext(db: AppDatabase, init: ContextInit): RequestContext {
  const settings = {
    requestId: init.requestId,
    actorId: init.actor?.userId ?? null,
    agencyId: init.actor?.agencyId ?? null,
    permissions: init.actor?.permissions ?? [],
  };
  return {
    ...init,
    transaction: (work) => runInRequestTransaction(db, settings, work),
  };
}

/** The same request, now acting as `actor` (after the session is resolved, or a sign-in completes). */
export function withActor(db: AppDatabase, ctx: RequestContext, actor: Actor | null): RequestContext {
  return createRequestContext(db, {
    requestId: ctx.requestId,
    locale: ctx.locale,
    actor,
    client: ctx.client,
    secrets: ctx.secrets,
    demo: ctx.demo,
  });
}
