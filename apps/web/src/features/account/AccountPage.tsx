import { Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { permissionLabel } from '../admin/labels';
import { PendingResets } from '../admin/PendingResets';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { ToneBadge } from '../shell/ToneBadge';
import { ChangePasswordForm } from './ChangePasswordForm';
import { MyNotifications } from './MyNotifications';
import { MySessions } from './MySessions';

export function AccountPage() {
  return (
    <RequireSession>
      <Account />
    </RequireSession>
  );
}

function Account() {
  const { t } = useTranslation();
  const { user } = useActiveSession();
  return (
    <Stack gap="xl" maw={760}>
      <Title order={1}>{t('account.title')}</Title>
      <Paper withBorder p="lg">
        <Stack gap="xs">
          <Title order={2} size="h3">
            {user.displayName}
          </Title>
          <Text>
            {t('account.username')}:{' '}
            <Text span ff="monospace" dir="ltr">
              {user.username}
            </Text>
          </Text>
          <Text>
            {t('account.agency')}: {user.agency.name}
          </Text>
          <Group gap="xs">
            <Text>{t('account.roles')}:</Text>
            {user.roles.map((role) => (
              <ToneBadge key={role} tone="info">
                {t(`roles.${role}`, { defaultValue: role })}
              </ToneBadge>
            ))}
          </Group>
          <Text fw={600} mt="sm">
            {t('account.permissionsTitle')}:
          </Text>
          <List size="sm" spacing={2}>
            {user.permissions.map((permission) => (
              <List.Item key={permission}>{permissionLabel(t, permission)}</List.Item>
            ))}
          </List>
        </Stack>
      </Paper>
      <PendingResets />
      <MyNotifications />
      <MySessions />
      <ChangePasswordForm />
    </Stack>
  );
}
