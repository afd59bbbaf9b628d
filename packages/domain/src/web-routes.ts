/**
 * The pages of the web app. The server answers these with the app's index page and any other path
 * outside /api with the same page and status 404, so a mistyped address is a real "not found".
 * Keep in step with apps/web/src/routes (a web test checks it).
 */
export const webRoutePatterns = [
  '/',
  '/sign-in',
  '/status',
  '/reference',
  '/mfa/enrol',
  '/mfa/verify',
  '/set-password',
  '/account',
  '/admin/agencies',
  '/admin/users',
  '/admin/users/$userId',
  '/admin/vocabularies',
  '/admin/instruments',
  '/admin/receiving-agencies',
  '/audit',
  '/screenings',
  '/screenings/new',
  '/screenings/$id',
  '/cases',
  '/cases/new',
  '/cases/duplicates',
  '/cases/$id',
  '/directory',
  '/referrals',
  '/referrals/supervision',
  '/referrals/$id',
  '/pathways',
  '/tasks',
  // support (#18)
  '/approvals',
  '/admin/support-rates',
  // public holidays in complaint deadlines (#20)
  '/admin/public-holidays',
  // self-help groups (#18)
  '/groups',
  '/groups/$id',
  // one-stop office intake (#18)
  '/intake',
  // indicator targets and review reports (#19)
  '/reports',
  '/admin/indicator-targets',
  // administrators' own indicators (#19)
  '/admin/indicators',

  // programme monitoring dashboard (#19)
  '/dashboard',
  // training register and partner exports (#19)
  '/training',
  '/exports',
  // survivor voice (#20)
  '/complaint',
  '/complaints',
  '/complaints/$id',
  '/stories',
  '/stories/review',
  // survivor voice (#20): the public status check and feedback survey, survivor mode, the staff's feedback page
  '/survivor/status',
  '/survivor/feedback',
  '/survivor/device',
  '/feedback',
] as const;

export function isWebRoute(pathname: string): boolean {
  const path = pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname;
  return webRoutePatterns.some((pattern) => {
    const expected = pattern.split('/');
    const actual = path.split('/');
    return (
      expected.length === actual.length &&
      expected.every((part, i) => part.startsWith('$') || part === actual[i])
    );
  });
}
