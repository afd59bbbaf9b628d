import { Anchor, AppShell, Burger, Group, NavLink, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useQueryClient } from '@tanstack/react-query';
import { Link, Outlet, useRouterState } from '@tanstack/react-router';
import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { setSessionLostListener } from '../../lib/api';
import { hasPermission, type Session, sessionQueryKey, useInstance, useSession } from '../../lib/session';
import { ReferralNavCount } from '../referrals/NavCount';
import { SurvivorShell } from '../survivor/SurvivorShell';
import classes from './AppLayout.module.css';
import { DEMO_BANNER_HEIGHT, DemoBanner } from './DemoBanner';
import { LanguageSwitcher } from './LanguageSwitcher';

type Visibility = (session: Session | null) => boolean;
const always: Visibility = () => true;
const signedIn: Visibility = (session) => session?.stage === 'active';
const signedOut: Visibility = (session) => !session;
const withPermission =
  (...anyOf: string[]): Visibility =>
  (session) =>
    hasPermission(session, ...anyOf);

// Menu entries appear only to those who may use them; the server refuses the rest anyway.
const NAV_ITEMS = [
  { to: '/', labelKey: 'nav.home', visible: always },
  // one-stop office intake (#18): first, it is the office's daily work.
  { to: '/intake', labelKey: 'intake.nav', visible: withPermission('contact.record') },
  {
    to: '/screenings',
    labelKey: 'screeningWeb.nav',
    visible: withPermission('screening.create', 'screening.read'),
  },
  {
    to: '/cases',
    labelKey: 'casesWeb.nav',
    visible: withPermission('case.read', 'case.create', 'case.read_province'),
  },
  { to: '/tasks', labelKey: 'worklist.nav', visible: withPermission('case.read', 'support.manage') },
  // survivor voice (#20)
  { to: '/complaints', labelKey: 'voice.inbox.nav', visible: withPermission('complaint.handle') },
  { to: '/stories/review', labelKey: 'voice.review.nav', visible: withPermission('story.review') },
  { to: '/stories', labelKey: 'voice.library.nav', visible: withPermission('story.read', 'story.review') },
  { to: '/approvals', labelKey: 'support.nav', visible: withPermission('support.approve') },
  { to: '/groups', labelKey: 'groups.nav', visible: withPermission('group.read', 'group.manage') },
  // programme monitoring (#19)
  {
    to: '/dashboard',
    labelKey: 'dashboard.nav',
    visible: withPermission('stats.read_aggregate', 'indicators.read'),
  },
  // training register and partner exports (#19)
  { to: '/training', labelKey: 'training.nav', visible: withPermission('training.manage') },
  {
    to: '/exports',
    labelKey: 'exports.nav',
    visible: withPermission('export.deidentified', 'export.htcds'),
  },
  // survivor voice (#20)
  {
    to: '/feedback',
    labelKey: 'feedback.nav',
    visible: withPermission('feedback.collect', 'feedback.review'),
  },
  {
    to: '/referrals',
    labelKey: 'referralsWeb.nav.label',
    visible: withPermission('referral.create', 'referral.respond', 'case.read'),
  },
  {
    to: '/referrals/supervision',
    labelKey: 'referralRouting.nav',
    visible: withPermission('case.break_glass'),
  },
  {
    to: '/directory',
    labelKey: 'directoryWeb.nav',
    visible: withPermission(
      'case.create',
      'case.read',
      'case.read_province',
      'referral.create',
      'referral.respond',
    ),
  },
  {
    to: '/pathways',
    labelKey: 'referralsWeb.pathways.nav',
    visible: withPermission('case.read_province', 'admin.vocabularies.manage'),
  },
  // indicator targets and review reports (#19)
  {
    to: '/reports',
    labelKey: 'reports.nav',
    visible: withPermission('indicators.read', 'stats.read_aggregate'),
  },
  { to: '/account', labelKey: 'shell.nav.account', visible: signedIn },
  {
    to: '/admin/users',
    labelKey: 'shell.nav.users',
    visible: withPermission('admin.users.manage_all', 'admin.users.manage_own_agency'),
  },
  {
    to: '/admin/agencies',
    labelKey: 'shell.nav.agencies',
    visible: withPermission('admin.agencies.manage', 'admin.users.manage_own_agency'),
  },
  {
    to: '/admin/receiving-agencies',
    labelKey: 'receivingAgencies.nav',
    visible: withPermission('admin.agencies.manage', 'case.read_province'),
  },
  {
    to: '/admin/instruments',
    labelKey: 'screeningWeb.admin.navAdmin',
    visible: withPermission('admin.instruments.manage'),
  },
  {
    to: '/admin/support-rates',
    labelKey: 'support.rates.nav',
    visible: withPermission('admin.support_rates.manage'),
  },
  {
    to: '/admin/public-holidays',
    labelKey: 'holidays.nav',
    visible: withPermission('admin.vocabularies.manage'),
  },
  {
    to: '/admin/indicator-targets',
    labelKey: 'indicatorTargets.nav',
    visible: withPermission('admin.indicator_targets.manage'),
  },
  {
    to: '/admin/indicators',
    labelKey: 'indicatorAdmin.nav',
    visible: withPermission('admin.indicators.manage'),
  },
  { to: '/audit', labelKey: 'shell.nav.audit', visible: withPermission('audit.read') },
  { to: '/reference', labelKey: 'reference.nav', visible: always },
  { to: '/status', labelKey: 'nav.status', visible: always },
  // survivor voice (#20): anyone may complain, signed in (on someone's behalf) or not.
  { to: '/complaint', labelKey: 'voice.complaint.navPublic', visible: always },
  { to: '/sign-in', labelKey: 'nav.signIn', visible: signedOut },
] as const;

const HEADER_HEIGHT = 60;

// The menu and its pop-over code load after the first screen; the placeholder keeps the header still.
const UserMenu = lazy(() => import('./UserMenu').then((module) => ({ default: module.UserMenu })));

export function AppLayout() {
  const { t } = useTranslation();
  const [opened, { toggle, close }] = useDisclosure(false);
  const pathname = useRouterState({ select: (state) => state.location.pathname });
  const queryClient = useQueryClient();
  const session = useSession().data ?? null;
  const demo = useInstance().data?.demo === true || session?.demo === true;

  // A request that finds the session gone (idle timeout, revoked elsewhere) has the session read again.
  useEffect(() => {
    setSessionLostListener(() => void queryClient.invalidateQueries({ queryKey: sessionQueryKey }));
    return () => setSessionLostListener(null);
  }, [queryClient]);

  // Pages for survivors (public, or survivor mode on a worker's device) show none of the staff's frame; so does
  // the complaint page for someone not signed in (a worker filing on someone's behalf keeps their menu).
  if (pathname.startsWith('/survivor/') || (pathname === '/complaint' && !session))
    return <SurvivorShell demo={demo} />;

  const within = (to: string) => pathname === to || (to !== '/' && pathname.startsWith(`${to}/`));
  // The most specific item is the current one: the supervisor's view is not also "Referrals".
  const isActive = (to: string) =>
    within(to) && !NAV_ITEMS.some((other) => other.to.startsWith(`${to}/`) && within(other.to));

  return (
    <AppShell
      header={{ height: HEADER_HEIGHT + (demo ? DEMO_BANNER_HEIGHT : 0) }}
      navbar={{ width: 248, breakpoint: 'sm', collapsed: { mobile: !opened } }}
      padding="md"
    >
      <a href="#main" className={classes.skipLink}>
        {t('app.skipToContent')}
      </a>
      <AppShell.Header>
        {demo && <DemoBanner />}
        <Group h={HEADER_HEIGHT} px={{ base: 'xs', sm: 'md' }} gap="xs" justify="space-between" wrap="nowrap">
          <Group gap="xs" wrap="nowrap">
            <Burger
              opened={opened}
              onClick={toggle}
              hiddenFrom="sm"
              size="sm"
              aria-label={t('nav.menu')}
              className={classes.noPrint}
            />
            <Anchor component={Link} to="/" underline="never" c="inherit" className={classes.brand}>
              <img src="/favicon.svg" alt="" width={28} height={28} />
              <Text fw={700} size="lg">
                {t('app.name')}
              </Text>
              <VisuallyHidden>{t('app.tagline')}</VisuallyHidden>
            </Anchor>
          </Group>
          <Group gap="xs" wrap="nowrap" className={classes.noPrint}>
            <LanguageSwitcher />
            {session && (
              <Suspense fallback={<div style={{ width: 44, height: 44 }} />}>
                <UserMenu session={session} />
              </Suspense>
            )}
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="sm" aria-label={t('shell.nav.label')} className={classes.noPrint}>
        <div>
          {NAV_ITEMS.filter((item) => item.visible(session)).map((item) => (
            <NavLink
              key={item.to}
              component={Link}
              to={item.to}
              label={t(item.labelKey)}
              active={isActive(item.to)}
              aria-current={isActive(item.to) ? 'page' : undefined}
              onClick={close}
              className={classes.navLink}
              rightSection={item.to === '/referrals' ? <ReferralNavCount enabled /> : undefined}
            />
          ))}
          <NavLink component="a" href="/api/docs" label={t('nav.apiDocs')} className={classes.navLink} />
        </div>
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Outlet />
      </AppShell.Main>
    </AppShell>
  );
}
