import type { Context } from 'hono';
import { deleteCookie, setCookie } from 'hono/cookie';
import { SESSION_COOKIE } from '../../access/session-middleware';
import type { LanternEnv } from '../../lib/router';

export function setSessionCookie(c: Context<LanternEnv>, token: string, expiresAt: Date): void {
  setCookie(c, SESSION_COOKIE, token, {
    path: '/',
    httpOnly: true,
    sameSite: 'Lax',
    secure: c.get('runtime').sessions.secureCookies || new URL(c.req.url).protocol === 'https:',
    expires: expiresAt,
  });
}

export function clearSessionCookie(c: Context<LanternEnv>): void {
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
