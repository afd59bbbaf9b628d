import type { UserView } from '@lantern/domain';
import { Alert, Anchor, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { getRouteApi, Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { Panel } from '../shared/Panel';
import { ButtonLink } from '../shell/links';
import { EditUserForm } from './EditUserForm';
import { USER_ADMIN_PERMISSIONS, useUser } from './queries';
import { MfaBadge, StatusBadge } from './StatusBadge';
import { UserAccessActions } from './UserAccessActions';
import { UserResetRequests } from './UserResetRequests';

const route = getRouteApi('/admin/users/$userId');

export function UserDetailPage() {
  return (
    <RequireSession anyOf={USER_ADMIN_PERMISSIONS}>
      <UserDetail />
    </RequireSession>
  );
}

function UserDetail() {
  const { t } = useTranslation();
  const { userId } = route.useParams();
  const user = useUser(userId);
  return (
    <Stack gap="lg" maw={880}>
      <Anchor component={Link} to="/admin/users" w="fit-content">
        {t('admin.users.backToList')}
      </Anchor>
      {user.isPending && <Skeleton height={240} />}
      {user.isError && (
        <Stack gap="sm">
          <Title order={1}>{t('admin.users.notFoundTitle')}</Title>
          <Alert color="red" role="alert">
            {user.error.message}
          </Alert>
        </Stack>
      )}
      {user.data && <UserSummary user={user.data} />}
    </Stack>
  );
}

function UserSummary({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const session = useActiveSession();
  const canAudit = hasPermission(session, 'audit.read');
  const isMe = session.user.id === user.id;
  return (
    <>
      <Stack gap="xs">
        <Title order={1}>{user.displayName}</Title>
        <Group gap="xs">
          <StatusBadge disabled={user.disabled} />
          <MfaBadge enrolled={user.mfaEnrolled} />
        </Group>
      </Stack>
      <Paper withBorder p="lg">
        <Stack gap={6}>
          <Text>
            {t('admin.users.username')}:{' '}
            <Text span ff="monospace" dir="ltr">
              {user.username}
            </Text>
          </Text>
          <Text>
            {t('admin.users.agency')}: {user.agencyName}
          </Text>
          <Text>
            {t('admin.users.createdAt')}: {formatDateTime(user.createdAt, locale)}
          </Text>
          <Text>
            {t('admin.users.lastSignIn')}:{' '}
            {user.lastSignInAt ? formatDateTime(user.lastSignInAt, locale) : t('admin.users.neverSignedIn')}
          </Text>
        </Stack>
      </Paper>
      <EditUserForm key={user.id} user={user} />
      <UserAccessActions user={user} isMe={isMe} />
      <UserResetRequests userId={user.id} />
      {canAudit && (
        <Panel title={t('admin.users.historyTitle')}>
          <Group gap="sm">
            <ButtonLink to="/audit" search={{ resourceType: 'user', resourceId: user.id }} variant="light">
              {t('admin.users.historyOfAccount')}
            </ButtonLink>
            <ButtonLink to="/audit" search={{ actorUserId: user.id }} variant="light">
              {t('admin.users.historyOfActions')}
            </ButtonLink>
          </Group>
        </Panel>
      )}
    </>
  );
}
