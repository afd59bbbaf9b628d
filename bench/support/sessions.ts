// Signs bench users in (password, then the TOTP code) against a running server, as a browser would.

import { hashToken } from '../../apps/server/src/auth/tokens';
import { timeStep, totpAt } from '../../apps/server/src/auth/totp';
import { BENCH_PASSWORD, BENCH_TOTP_SECRET } from './environment';

export interface BenchSession {
  userId: string;
  cookie: string;
  csrf: string;
  tokenHash: string;
}

type Fetch = (path: string, init: RequestInit) => Promise<Response>;

const sessionCookie = (response: Response, fallback = '') =>
  /lantern_session=([^;]*)/.exec(response.headers.get('set-cookie') ?? '')?.[1] ?? fallback;

export async function signIn(fetchAt: Fetch, user: { id: string; username: string }): Promise<BenchSession> {
  const first = await fetchAt('/api/auth/sign-in', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ username: user.username, password: BENCH_PASSWORD }),
  });
  if (first.status !== 200) throw new Error(`sign-in of ${user.username} answered ${first.status}`);
  let cookie = sessionCookie(first);
  const { csrfToken } = (await first.json()) as { csrfToken: string };
  const second = await fetchAt('/api/auth/mfa/verify', {
    method: 'POST',
    headers: {
      'Content-Type': 'application/json',
      Cookie: `lantern_session=${cookie}`,
      'X-CSRF-Token': csrfToken,
    },
    body: JSON.stringify({ code: totpAt(BENCH_TOTP_SECRET, timeStep(new Date())) }),
  });
  if (second.status !== 200) throw new Error(`second factor of ${user.username} answered ${second.status}`);
  cookie = sessionCookie(second, cookie);
  const { csrfToken: csrf } = (await second.json()) as { csrfToken: string };
  return { userId: user.id, cookie, csrf, tokenHash: hashToken(decodeURIComponent(cookie)) };
}

export function sessionHeaders(session: BenchSession): Record<string, string> {
  return {
    Cookie: `lantern_session=${session.cookie}`,
    'X-CSRF-Token': session.csrf,
    'Content-Type': 'application/json',
  };
}
