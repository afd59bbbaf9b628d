import { Alert, Anchor, Button, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasPermission, pathForStage, type Session, useSession } from '../../lib/session';
import { ResetNotice } from '../auth/ResetNotice';
import { HomePage } from '../home/HomePage';

/** The home page: a welcome for visitors, a greeting and the next tasks for a signed-in user. */
export function HomeRoute() {
  const { t } = useTranslation();
  const session = useSession();
  if (session.isPending) return <Loader m="xl" role="status" aria-label={t('common.loading')} />;
  const data = session.data;
  if (data?.stage === 'active') return <SignedInHome session={data} />;
  const continueAt = data ? pathForStage(data.stage) : null;
  return (
    <Stack gap="lg">
      {continueAt && (
        <Alert color="orange" variant="outline" title={t('welcome.unfinishedTitle')} maw={720}>
          <Stack gap="sm" align="flex-start">
            <Text>{t('welcome.unfinishedText')}</Text>
            <Button component={Link} to={continueAt}>
              {t('welcome.unfinishedAction')}
            </Button>
          </Stack>
        </Alert>
      )}
      <HomePage />
    </Stack>
  );
}

const TASKS = [
  { to: '/admin/users', key: 'users', anyOf: ['admin.users.manage_all', 'admin.users.manage_own_agency'] },
  { to: '/admin/agencies', key: 'agencies', anyOf: ['admin.agencies.manage'] },
  { to: '/audit', key: 'audit', anyOf: ['audit.read'] },
] as const;

function SignedInHome({ session }: { session: Session }) {
  const { t } = useTranslation();
  const { user } = session;
  const roles = user.roles.map((code) => t(`roles.${code}`, { defaultValue: code })).join(', ');
  const tasks = TASKS.filter((task) => hasPermission(session, ...task.anyOf));
  return (
    <Stack gap="lg" maw={880}>
      <Stack gap={4}>
        <Title order={1} data-testid="greeting">
          {t('welcome.greeting', { name: user.displayName })}
        </Title>
        <Text size="lg">{t('welcome.agency', { agency: user.agency.name })}</Text>
        {roles && <Text c="dimmed">{t('welcome.roles', { roles })}</Text>}
      </Stack>
      <ResetNotice acknowledgeable />
      {tasks.length > 0 && (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }}>
          {tasks.map((task) => (
            <Paper key={task.to} withBorder p="lg">
              <Stack gap="sm" h="100%" justify="space-between">
                <Stack gap={4}>
                  <Title order={2} size="h4">
                    {t(`welcome.tasks.${task.key}.title`)}
                  </Title>
                  <Text size="sm">{t(`welcome.tasks.${task.key}.text`)}</Text>
                </Stack>
                <Button component={Link} to={task.to} variant="light" w="fit-content">
                  {t(`welcome.tasks.${task.key}.action`)}
                </Button>
              </Stack>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      <Paper withBorder p="lg">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('welcome.comingTitle')}
          </Title>
          <Text size="sm">{t('welcome.comingText')}</Text>
          <Anchor component={Link} to="/account" fw={600} py="xs">
            {t('welcome.accountLink')}
          </Anchor>
        </Stack>
      </Paper>
    </Stack>
  );
}
