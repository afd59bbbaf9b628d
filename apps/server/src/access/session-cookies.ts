import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import type { LanternEnv, SessionSettings } from '../lib/router';

const SESSION_COOKIE = 'lantern_session';

/**
 * Served over https (LANTERN_PUBLIC_URL or LANTERN_SECURE_COOKIES), the cookie is Secure and named with the
 * __Host- prefix: browsers then accept it only when Secure, for path / and without a Domain, so neither a
 * plain-http page on the same host nor a sibling subdomain can plant or overwrite the session.
 */
export const sessionCookieName = (settings: Pick<SessionSettings, 'secureCookies'>) =>
  settings.secureCookies ? `__Host-${SESSION_COOKIE}` : SESSION_COOKIE;

function cookieOptions(c: Context<LanternEnv>) {
  const settings = c.get('runtime').sessions;
  return {
    path: '/',
    secure: settings.secureCookies || new URL(c.req.url).protocol === 'https:',
  };
}

export function readSessionCookie(c: Context<LanternEnv>): string | undefined {
  return getCookie(c, sessionCookieName(c.get('runtime').sessions));
}

export function setSessionCookie(c: Context<LanternEnv>, token: string, expiresAt: Date): void {
  setCookie(c, sessionCookieName(c.get('runtime').sessions), token, {
    ...cookieOptions(c),
    httpOnly: true,
    sameSite: 'Lax',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context<LanternEnv>): void {
  deleteCookie(c, sessionCookieName(c.get('runtime').sessions), cookieOptions(c));
}
