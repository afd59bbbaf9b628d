import type { SessionResponse, SessionStage } from '@lantern/domain';
import { type QueryClient, useQuery, useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback } from 'react';
import { ApiError, api, rememberCsrfToken } from './api';

export type Session = SessionResponse;
export const sessionQueryKey = ['session'] as const;

/**
 * The current session, or null when nobody is signed in. Asked of the probe, which answers "nobody" with
 * 204 rather than 401: a refused request would log an error in the console of every signed-out page.
 */
export async function fetchSession(): Promise<Session | null> {
  const session = await api<Session | undefined>('/api/auth/probe');
  rememberCsrfToken(session?.csrfToken ?? null);
  return session ?? null;
}

/**
 * The signed-in user, their agency, permissions and how far sign-in has got. Read once and then on
 * demand: polling would keep an idle session alive and defeat its timeout.
 */
export function useSession() {
  return useQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 5 * 60_000, retry: 1 });
}

export function hasPermission(session: Session | null | undefined, ...anyOf: string[]): boolean {
  if (session?.stage !== 'active') return false;
  return anyOf.some((permission) => session.user.permissions.includes(permission));
}

/** Where a session at this stage continues: the second-factor pages until sign-in is complete. */
export function pathForStage(stage: SessionStage): '/mfa/enrol' | '/mfa/verify' | null {
  if (stage === 'mfa_enrolment') return '/mfa/enrol';
  if (stage === 'mfa_required') return '/mfa/verify';
  return null;
}

/** Takes a session on to its next step: a second-factor page, or the page asked for, or home. */
export function continueSignIn(
  navigate: ReturnType<typeof useNavigate>,
  stage: SessionStage,
  next: string | undefined,
  replace = false,
) {
  const continueAt = pathForStage(stage);
  if (continueAt) return navigate({ to: continueAt, search: next ? { next } : {}, replace });
  return navigate({ href: next ?? '/', replace });
}

/**
 * Only a path on this site is followed after sign-in ("/admin/users"), never another site
 * ("//evil.example", "https://…"), so a crafted sign-in link cannot send anyone elsewhere.
 */
export function safeNextPath(next: unknown): string | undefined {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) {
    return undefined;
  }
  if (/^\/(sign-in|mfa\/|set-password)/.test(next)) return undefined;
  return next;
}

/** Forgets everything cached for the previous user and reads the new session. */
export async function startFreshSession(queryClient: QueryClient): Promise<Session | null> {
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'instance' });
  return queryClient.fetchQuery({ queryKey: sessionQueryKey, queryFn: fetchSession, staleTime: 0 });
}

/** Ends the session on the server, goes to the sign-in page and forgets everything cached for this user. */
export function useSignOut() {
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  return useCallback(async () => {
    try {
      await api('/api/auth/sign-out', { method: 'POST' });
    } catch (error) {
      // An already-ended session is signed out all the same.
      if (!(error instanceof ApiError) || error.status !== 401) throw error;
    }
    rememberCsrfToken(null);
    signingOut = true;
    queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== 'instance' });
    queryClient.setQueryData(sessionQueryKey, null);
    try {
      await navigate({ to: '/sign-in', search: { notice: 'signed_out' } });
    } finally {
      signingOut = false;
    }
  }, [queryClient, navigate]);
}

// A page left by signing out must not read the ended session as "your session expired".
let signingOut = false;
export function isSigningOut() {
  return signingOut;
}

export interface InstanceInfo {
  demo: boolean;
  version: string;
}

export function useInstance() {
  return useQuery({
    queryKey: ['instance'],
    queryFn: () => api<InstanceInfo>('/api/instance'),
    staleTime: Number.POSITIVE_INFINITY,
  });
}
