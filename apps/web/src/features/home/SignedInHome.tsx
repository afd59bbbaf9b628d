import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission, type Session } from '../../lib/session';
import { RequireSession } from '../auth/RequireSession';
import { ResetNotice } from '../auth/ResetNotice';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { AnchorLink, ButtonLink } from '../shell/links';
import { taskWorkers } from '../tasks/who-may';
import { Inbox } from './Inbox';
import { MyCases, MyTasks } from './MyWork';
import { useWorklist } from './queries';
import { Screener } from './Screener';
import { Team } from './Team';

const ADMIN_TILES = [
  { to: '/admin/users', key: 'users', anyOf: ['admin.users.manage_all', 'admin.users.manage_own_agency'] },
  { to: '/admin/agencies', key: 'agencies', anyOf: ['admin.agencies.manage'] },
  { to: '/admin/receiving-agencies', key: 'receivingAgencies', anyOf: ['admin.agencies.manage'] },
  { to: '/audit', key: 'audit', anyOf: ['audit.read'] },
] as const;

/** Aggregate-only readers (programme analysts) have no worklist: their work starts on the dashboard (#19). */
const DASHBOARD_TILE = { to: '/dashboard', key: 'dashboard', anyOf: ['stats.read_aggregate'] } as const;

/**
 * The signed-in home is a worklist for the reader's role, decided by permissions: a case worker's cases with
 * the Law's deadlines, tasks, screenings handed over and referrals waiting; a supervisor the team's late work
 * too; a screener the start of a screening and the recent ones; an administrator the administration tiles.
 */
export function SignedInHome({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { user } = session;
  const roles = formatList(
    user.roles.map((code) => t(`roles.${code}`, { defaultValue: code })),
    currentLocale(),
  );
  const works = hasPermission(session, ...taskWorkers);
  const inbox = hasPermission(session, 'referral.create', 'referral.respond', 'case.read');
  const screens = hasPermission(session, 'screening.create') && !hasPermission(session, 'case.read');
  const tiles: { to: string; key: string }[] = ADMIN_TILES.filter((tile) =>
    hasPermission(session, ...tile.anyOf),
  );
  if (!works && !inbox && hasPermission(session, ...DASHBOARD_TILE.anyOf)) tiles.unshift(DASHBOARD_TILE);
  // The session is active here; RequireSession gives the lists below it (useActiveSession) and keeps the page
  // on screen should the session end while it is open.
  return (
    <RequireSession>
      <Stack gap="lg" maw={880} w="100%">
        <Stack gap={4}>
          <Title order={1} data-testid="greeting">
            {t('welcome.greeting', { name: user.displayName })}
          </Title>
          <Text size="lg">{t('welcome.agency', { agency: user.agency.name })}</Text>
          {roles && <Text c="dimmed">{t('welcome.roles', { roles })}</Text>}
        </Stack>
        <ResetNotice acknowledgeable />
        {screens && <Screener />}
        {works && <Work />}
        {inbox && <Inbox />}
        {tiles.length > 0 && (
          <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
            {tiles.map((tile) => (
              <Paper key={tile.to} withBorder p="lg">
                <Stack gap="sm" h="100%" justify="space-between">
                  <Stack gap={4}>
                    <Title order={2} size="h4">
                      {t(`welcome.tasks.${tile.key}.title`)}
                    </Title>
                    <Text size="sm">{t(`welcome.tasks.${tile.key}.text`)}</Text>
                  </Stack>
                  <ButtonLink to={tile.to} variant="light" w="fit-content">
                    {t(`welcome.tasks.${tile.key}.action`)}
                  </ButtonLink>
                </Stack>
              </Paper>
            ))}
          </SimpleGrid>
        )}
        {!screens && !works && !inbox && tiles.length === 0 && (
          <Paper withBorder p="lg" data-testid="home-nothing">
            <Stack gap="xs">
              <Text>{t('worklist.nothing')}</Text>
              <AnchorLink to="/account" fw={600} py="xs">
                {t('welcome.accountLink')}
              </AnchorLink>
            </Stack>
          </Paper>
        )}
      </Stack>
    </RequireSession>
  );
}

function Work() {
  const { t } = useTranslation();
  const worklist = useWorklist(true);
  if (worklist.isPending)
    return <LoadingSkeleton blocks={[{ height: 28, width: '40%' }, { height: 180 }, { height: 180 }]} />;
  if (worklist.isError)
    return (
      <LoadFailed
        title={t('worklist.loadFailed')}
        message={worklist.error.message}
        onRetry={() => void worklist.refetch()}
      />
    );
  const { myCases, myTasks, team } = worklist.data;
  return (
    <>
      {team && <Team team={team} />}
      <MyCases list={myCases} />
      <MyTasks list={myTasks} />
    </>
  );
}
