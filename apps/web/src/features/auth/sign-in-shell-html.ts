import { SIGN_IN_SHELL } from './sign-in-shell';

/**
 * The sign-in page as plain HTML, made at build time from the built index.html (one page per language,
 * see vite.config.ts) and sent by the server for /sign-in. It paints as soon as the page arrives, with no
 * script (the Content-Security-Policy allows none inline): the form can be typed into at once, and the
 * app's SignInPage takes over what was typed when its code has arrived (sign-in-shell.ts).
 *
 * It never sends anything: method="dialog" outside a dialog submits nowhere, and its only button is
 * disabled, so Enter (implicit submission) does nothing either. The look copies the app's (AppLayout and
 * SignInPage with the theme's sizes and colours) so the swap does not move anything.
 */

// The app's stylesheet is moved below the form: the form paints before it arrives, and the app's code,
// which runs after the whole page is parsed, still finds it applied. Hidden until then: the app's own tree.
// The theme's fonts are left out on purpose: asked for now, their ~100 KB would hold up the app's code by
// ~2 s. The app shows the same system font until they arrive, so the swap changes no letter.
const CSS = `
body{margin:0}
#${SIGN_IN_SHELL.root}~#root{display:none}
.ls{font-family:system-ui,-apple-system,'Segoe UI',sans-serif;font-size:16px;line-height:1.55;color:#000;background:#fff;-webkit-font-smoothing:antialiased}
.ls *{box-sizing:border-box}
.ls a:focus-visible,.ls button:focus-visible{outline:2px solid #1c4e80;outline-offset:2px}
.ls-header{position:fixed;top:0;inset-inline:0;z-index:100;height:60px;display:flex;align-items:center;gap:10px;padding-inline:10px;background:#fff;border-bottom:1px solid #dee2e6}
.ls-burger{width:28px;height:28px;flex:none}
.ls-brand{display:inline-flex;align-items:center;gap:8px;min-height:44px;color:inherit;text-decoration:none;font-size:18px;line-height:28.8px;font-weight:700}
.ls-brand svg{width:28px;height:28px;flex:none}
.ls-hidden{position:absolute;width:1px;height:1px;margin:-1px;padding:0;border:0;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap}
.ls-nav{display:none}
.ls-main{padding:76px 16px 16px}
.ls-page{max-width:420px;margin:32px auto 0}
.ls h1{margin:0 0 16px;font-size:34px;line-height:44.2px;font-weight:600}
.ls-card{display:flex;flex-direction:column;gap:16px;padding:20px;margin:0;border:1px solid #dee2e6;border-radius:8px;background:#fff}
.ls label{display:inline-block;font-weight:600;line-height:24.8px}
.ls label span{color:#e03131}
.ls input{display:block;width:100%;height:42px;margin:0;padding:0 14px;font:inherit;line-height:40px;color:#000;background:#fff;border:1px solid #ced4da;border-radius:8px;outline:none}
.ls input[type=password]{padding-inline-end:40px}
.ls input:focus{border-color:#1c4e80}
.ls button{display:block;width:100%;height:42px;margin:0;padding:0 22px;font:inherit;font-weight:600;line-height:1;color:#fff;background:#1c4e80;border:1px solid transparent;border-radius:8px;opacity:.7;cursor:progress}
.ls p{margin:0;font-size:14px;line-height:20.3px;color:#495057}
@media (min-width:48em){
.ls-header{padding-inline:16px}
.ls-burger{display:none}
.ls-nav{display:block;position:fixed;top:60px;bottom:0;inset-inline-start:0;width:248px;padding:12px;background:#fff;border-inline-end:1px solid #dee2e6}
.ls-nav a{display:flex;align-items:center;min-height:44px;padding:8px 12px;border-radius:4px;color:#000;text-decoration:none;font-size:14px;line-height:21.7px}
.ls-nav a[aria-current]{background:#d3e1ef;color:#0f3a63}
.ls-main{padding-inline-start:264px}
}`
  .replace(/\n/g, '')
  .trim();

// The favicon, drawn inline: no request before the form can paint.
const LOGO =
  '<svg viewBox="0 0 32 32" aria-hidden="true"><rect width="32" height="32" rx="6" fill="#1c4e80"/><path d="M16 5c-1.1 0-2 .9-2 2v1h-2.5a1 1 0 0 0-.9 1.4L12 12v9a4 4 0 0 0 4 4 4 4 0 0 0 4-4v-9l1.4-2.6A1 1 0 0 0 20.5 8H18V7c0-1.1-.9-2-2-2z" fill="#f5c542"/></svg>';

/** The links the app's menu shows to someone signed out, in its order. */
const NAV: readonly (readonly [string, string])[] = [
  ['/', 'nav.home'],
  ['/reference', 'reference.nav'],
  ['/status', 'nav.status'],
  ['/sign-in', 'nav.signIn'],
  ['/api/docs', 'nav.apiDocs'],
];

const escapeHtml = (text: string) =>
  text.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c] ?? c);

function shellMarkup(t: (key: string) => string): string {
  const e = (key: string) => escapeHtml(t(key));
  const required = '<span aria-hidden="true"> *</span>';
  const links = NAV.map(
    ([href, key]) => `<a href="${href}"${href === '/sign-in' ? ' aria-current="page"' : ''}>${e(key)}</a>`,
  ).join('');
  return `<div id="${SIGN_IN_SHELL.root}" class="ls">
<header class="ls-header"><span class="ls-burger"></span><a class="ls-brand" href="/">${LOGO}<span>${e('app.name')}</span><span class="ls-hidden">${e('app.tagline')}</span></a></header>
<nav class="ls-nav" aria-label="${e('shell.nav.label')}">${links}</nav>
<main class="ls-main"><div class="ls-page"><h1>${e('signIn.title')}</h1>
<form class="ls-card" method="dialog" novalidate>
<div><label for="${SIGN_IN_SHELL.username}">${e('signIn.username')}${required}</label><input id="${SIGN_IN_SHELL.username}" name="username" autocomplete="username" autocapitalize="none" spellcheck="false" required></div>
<div><label for="${SIGN_IN_SHELL.password}">${e('signIn.password')}${required}</label><input id="${SIGN_IN_SHELL.password}" name="password" type="password" autocomplete="current-password" required></div>
<button type="submit" disabled>${e('common.loading')}</button>
<p>${e('signIn.help')}</p>
</form></div></main>
</div>
`;
}

/**
 * The built index.html turned into the sign-in page in one language: its lang and dir, the form and its
 * style, and the app's stylesheet moved after the form.
 */
export function signInShellPage(
  indexHtml: string,
  lang: string,
  dir: 'ltr' | 'rtl',
  t: (key: string) => string,
): string {
  const stylesheets: string[] = [];
  const withoutStylesheets = indexHtml.replace(/\s*<link rel="stylesheet"[^>]*>/g, (tag) => {
    stylesheets.push(tag.trim());
    return '';
  });
  const page = withoutStylesheets
    .replace(/<html[^>]*>/, `<html lang="${lang}" dir="${dir}">`)
    .replace('</head>', `  <style id="${SIGN_IN_SHELL.style}">${CSS}</style>\n  </head>`)
    .replace(/<body>\s*/, `<body>\n${shellMarkup(t)}${stylesheets.join('\n')}\n`);
  if (!page.includes(SIGN_IN_SHELL.root) || stylesheets.length === 0) {
    throw new Error('sign-in shell: index.html has no <body> or no stylesheet to move');
  }
  return page;
}
