import type { Locale } from '@lantern/domain';

/**
 * The sign-in page is sent with its form already in the HTML (built by sign-in-shell-html.ts, one page per
 * language): on a slow link it can be read and typed into seconds before the app's code arrives. These
 * are the names the app and that HTML share.
 */
export const SIGN_IN_SHELL = {
  root: 'sign-in-shell',
  style: 'sign-in-shell-style',
  username: 'sign-in-shell-username',
  password: 'sign-in-shell-password',
} as const;

/**
 * The cookie the server reads to send the pre-rendered sign-in page in the reader's language. The app keeps
 * its choice in localStorage, which the server cannot see; this copy holds nothing else. Keep in step with
 * apps/server/src/web/static-site.ts.
 */
export const LOCALE_COOKIE = 'lantern-locale';

export function rememberLocaleForServer(locale: Locale): void {
  const secure = window.location.protocol === 'https:' ? '; Secure' : '';
  // biome-ignore lint/suspicious/noDocumentCookie: older phones' browsers have no Cookie Store API
  document.cookie = `${LOCALE_COOKIE}=${locale}; Path=/; Max-Age=31536000; SameSite=Lax${secure}`;
}

export interface TypedBeforeStart {
  username: string;
  password: string;
  focused: 'username' | 'password' | null;
}

function input(id: string): HTMLInputElement | null {
  const element = document.getElementById(id);
  return element instanceof HTMLInputElement ? element : null;
}

/** Removes the pre-rendered form, and with it the rule that keeps the app hidden behind it. */
export function dropSignInShell(): void {
  document.getElementById(SIGN_IN_SHELL.root)?.remove();
  document.getElementById(SIGN_IN_SHELL.style)?.remove();
}

/**
 * What was typed into the pre-rendered form and which field had the focus, read as the app's own form
 * replaces it; the pre-rendered form is removed (the password with it). Null when there is none.
 */
export function takeOverSignInShell(): TypedBeforeStart | null {
  if (!document.getElementById(SIGN_IN_SHELL.root)) return null;
  const username = input(SIGN_IN_SHELL.username);
  const password = input(SIGN_IN_SHELL.password);
  const active = document.activeElement;
  const typed: TypedBeforeStart = {
    username: username?.value ?? '',
    password: password?.value ?? '',
    focused: active && active === username ? 'username' : active && active === password ? 'password' : null,
  };
  dropSignInShell();
  return typed;
}

/**
 * The pre-rendered sign-in page puts the app's stylesheet after the form, in the body, so the form paints before
 * it arrives. Back in the head before any lazy page adds its own styles, so those still come after it and win
 * (as on every other page): otherwise the app's base rules would override a page's, e.g. a 44-pixel touch target.
 */
export function restoreStylesheetOrder(): void {
  for (const link of Array.from(document.body.querySelectorAll('link[rel="stylesheet"]'))) {
    document.head.append(link);
  }
}
