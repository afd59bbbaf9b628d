import { createRootRoute, createRoute, createRouter, lazyRouteComponent } from '@tanstack/react-router';
import {
  type CaseSearch,
  type CasesSearch,
  caseSearch,
  casesSearch,
  type NewCaseSearch,
  newCaseSearch,
} from '../features/cases/search';
import { type DirectorySearch, directorySearch } from '../features/directory/search';
import { type ReferralsSearch, referralsSearch } from '../features/referrals/search';
import { watchScreeningOutbox } from '../features/screening/outbox-watch';
import {
  type NewScreeningSearch,
  newScreeningSearch,
  type ScreeningsSearch,
  screeningsSearch,
} from '../features/screening/search';
import { AppLayout } from '../features/shell/AppLayout';
import { HomeRoute } from '../features/shell/HomeRoute';
import { NotFoundPage } from '../features/shell/NotFoundPage';
import { type TasksSearch, tasksSearch } from '../features/tasks/search';
import {
  type AuditSearch,
  auditSearch,
  type NextSearch,
  nextSearch,
  type SignInSearch,
  signInSearch,
} from '../lib/search';

const rootRoute = createRootRoute({ component: AppLayout, notFoundComponent: NotFoundPage });

// Paths here must match webRoutePatterns in @lantern/domain (the server answers unknown paths with 404).
// Every page but the home page is its own chunk, so the first download stays small.
export const routeTree = rootRoute.addChildren([
  createRoute({ getParentRoute: () => rootRoute, path: '/', component: HomeRoute }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/sign-in',
    validateSearch: (search): SignInSearch => signInSearch(search),
    component: lazyRouteComponent(() => import('../features/auth/SignInPage'), 'SignInPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/mfa/enrol',
    validateSearch: (search): NextSearch => nextSearch(search),
    component: lazyRouteComponent(() => import('../features/auth/MfaEnrolPage'), 'MfaEnrolPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/mfa/verify',
    validateSearch: (search): NextSearch => nextSearch(search),
    component: lazyRouteComponent(() => import('../features/auth/MfaVerifyPage'), 'MfaVerifyPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/set-password',
    validateSearch: (search): { token?: string } => {
      const token = search.token;
      return typeof token === 'string' || typeof token === 'number' ? { token: String(token) } : {};
    },
    component: lazyRouteComponent(() => import('../features/auth/SetPasswordPage'), 'SetPasswordPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/account',
    component: lazyRouteComponent(() => import('../features/account/AccountPage'), 'AccountPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/agencies',
    component: lazyRouteComponent(() => import('../features/admin/AgenciesPage'), 'AgenciesPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/users',
    component: lazyRouteComponent(() => import('../features/admin/UsersPage'), 'UsersPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/users/$userId',
    component: lazyRouteComponent(() => import('../features/admin/UserDetailPage'), 'UserDetailPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/audit',
    validateSearch: (search): AuditSearch => auditSearch(search),
    component: lazyRouteComponent(() => import('../features/audit/AuditPage'), 'AuditPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/status',
    component: lazyRouteComponent(() => import('../features/system/StatusPage'), 'StatusPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/vocabularies',
    validateSearch: (search): { id?: string } => {
      const id = search.id;
      return typeof id === 'string' && /^[a-z][a-z0-9-]{0,63}$/.test(id) ? { id } : {};
    },
    component: lazyRouteComponent(() => import('../features/reference/LocalValuesPage'), 'LocalValuesPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/reference',
    component: lazyRouteComponent(() => import('../features/reference/ReferencePage'), 'ReferencePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/instruments',
    component: lazyRouteComponent(
      () => import('../features/screening/InstrumentsAdminPage'),
      'InstrumentsAdminPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/receiving-agencies',
    component: lazyRouteComponent(
      () => import('../features/admin/ReceivingAgenciesPage'),
      'ReceivingAgenciesPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/screenings',
    validateSearch: (search): ScreeningsSearch => screeningsSearch(search),
    component: lazyRouteComponent(() => import('../features/screening/ScreeningsPage'), 'ScreeningsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/screenings/new',
    // one-stop office intake (#18): the contact a screening is started from, linked when it is submitted.
    validateSearch: (search): NewScreeningSearch => newScreeningSearch(search),
    component: lazyRouteComponent(() => import('../features/screening/NewScreeningPage'), 'NewScreeningPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/screenings/$id',
    component: lazyRouteComponent(
      () => import('../features/screening/ScreeningResultPage'),
      'ScreeningResultPage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases',
    validateSearch: (search): CasesSearch => casesSearch(search),
    component: lazyRouteComponent(() => import('../features/cases/CasesPage'), 'CasesPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases/new',
    validateSearch: (search): NewCaseSearch => newCaseSearch(search),
    component: lazyRouteComponent(() => import('../features/cases/NewCasePage'), 'NewCasePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases/duplicates',
    component: lazyRouteComponent(() => import('../features/cases/DuplicatesPage'), 'DuplicatesPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/cases/$id',
    validateSearch: (search): CaseSearch => caseSearch(search),
    component: lazyRouteComponent(() => import('../features/cases/CasePage'), 'CasePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/directory',
    validateSearch: (search): DirectorySearch => directorySearch(search),
    component: lazyRouteComponent(() => import('../features/directory/DirectoryPage'), 'DirectoryPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/referrals',
    validateSearch: (search): ReferralsSearch => referralsSearch(search),
    component: lazyRouteComponent(() => import('../features/referrals/ReferralsPage'), 'ReferralsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/referrals/supervision',
    component: lazyRouteComponent(() => import('../features/referrals/SupervisionPage'), 'SupervisionPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/referrals/$id',
    component: lazyRouteComponent(() => import('../features/referrals/ReferralPage'), 'ReferralPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/tasks',
    validateSearch: (search): TasksSearch => tasksSearch(search),
    component: lazyRouteComponent(() => import('../features/tasks/MyTasksPage'), 'MyTasksPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/pathways',
    component: lazyRouteComponent(() => import('../features/referrals/PathwaysPage'), 'PathwaysPage'),
  }),
  // support (#18)
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/approvals',
    component: lazyRouteComponent(() => import('../features/support/ApprovalsPage'), 'ApprovalsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/support-rates',
    component: lazyRouteComponent(() => import('../features/support/SupportRatesPage'), 'SupportRatesPage'),
  }),
  // public holidays in complaint deadlines (#20)
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/public-holidays',
    component: lazyRouteComponent(() => import('../features/holidays/HolidaysPage'), 'HolidaysPage'),
  }),
  // self-help groups (#18)
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/groups',
    component: lazyRouteComponent(() => import('../features/groups/routes'), 'GroupsRoute'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/groups/$id',
    component: lazyRouteComponent(() => import('../features/groups/routes'), 'GroupRoute'),
  }),
  // programme monitoring dashboard (#19)
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/dashboard',
    component: lazyRouteComponent(() => import('../features/dashboard/routes'), 'DashboardRoute'),
  }),
  // one-stop office intake (#18)
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/intake',
    component: lazyRouteComponent(() => import('../features/intake/IntakePage'), 'IntakePage'),
  }),
  // indicator targets and review reports (#19)
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/reports',
    component: lazyRouteComponent(() => import('../features/reports/ReportsPage'), 'ReportsPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/indicator-targets',
    component: lazyRouteComponent(
      () => import('../features/reports/IndicatorTargetsPage'),
      'IndicatorTargetsPage',
    ),
  }),
  // administrators' own indicators (#19)
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/admin/indicators',
    component: lazyRouteComponent(
      () => import('../features/indicators/IndicatorsAdminPage'),
      'IndicatorsAdminPage',
    ),
  }),
  // training register and partner exports (#19)
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/training',
    component: lazyRouteComponent(() => import('../features/training/routes'), 'TrainingRoute'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/exports',
    component: lazyRouteComponent(() => import('../features/exports/routes'), 'ExportsRoute'),
  }),
  // survivor voice (#20): the public complaint page (no account), the officer's inbox and a complaint
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/complaint',
    component: lazyRouteComponent(() => import('../features/voice/ComplaintPage'), 'ComplaintPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/complaints',
    component: lazyRouteComponent(() => import('../features/voice/routes'), 'ComplaintsInboxRoute'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/complaints/$id',
    component: lazyRouteComponent(() => import('../features/voice/routes'), 'ComplaintDetailRoute'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/stories',
    component: lazyRouteComponent(() => import('../features/voice/routes'), 'StoryLibraryRoute'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/stories/review',
    component: lazyRouteComponent(() => import('../features/voice/routes'), 'StoryReviewRoute'),
  }),
  // survivor voice (#20): public pages in their own frame (features/survivor/SurvivorShell)
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/survivor/status',
    component: lazyRouteComponent(() => import('../features/survivor/StatusCheckPage'), 'StatusCheckPage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/survivor/feedback',
    validateSearch: (search): { code?: string } =>
      typeof search.code === 'string' ? { code: search.code } : {},
    component: lazyRouteComponent(
      () => import('../features/survivor/FeedbackByCodePage'),
      'FeedbackByCodePage',
    ),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/survivor/device',
    validateSearch: (search): { service: string } => ({
      service: typeof search.service === 'string' ? search.service : '',
    }),
    component: lazyRouteComponent(() => import('../features/survivor/SurvivorModePage'), 'SurvivorModePage'),
  }),
  createRoute({
    getParentRoute: () => rootRoute,
    path: '/feedback',
    component: lazyRouteComponent(() => import('../features/survivor/FeedbackPage'), 'FeedbackPage'),
  }),
]);

export const router = createRouter({ routeTree, defaultPreload: 'intent' });

// Screenings saved on this device without a connection are sent when the app starts and the connection returns.
watchScreeningOutbox();

declare module '@tanstack/react-router' {
  interface Register {
    router: typeof router;
  }
}
