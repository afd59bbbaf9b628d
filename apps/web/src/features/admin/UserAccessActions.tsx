import type { UserView } from '@lantern/domain';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ConfirmDialog } from './ConfirmDialog';
import { adminKeys, type SetupLink } from './queries';
import { SetupLinkDialog } from './SetupLinkDialog';

type Action = 'setupLink' | 'mfaReset' | 'endSessions' | 'disable' | 'enable';

const danger: Record<Action, boolean> = {
  setupLink: false,
  mfaReset: true,
  endSessions: true,
  disable: true,
  enable: false,
};

/** What an administrator does when someone is locked out, loses a phone, or leaves the agency. */
export function UserAccessActions({ user, isMe }: { user: UserView; isMe: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [asking, setAsking] = useState<Action | null>(null);
  const [link, setLink] = useState<SetupLink | null>(null);
  const [done, setDone] = useState<Action | null>(null);
  const base = `/api/admin/users/${encodeURIComponent(user.id)}`;

  const run = useMutation({
    mutationFn: async (action: Action) => {
      switch (action) {
        case 'setupLink':
          return api<SetupLink>(`${base}/password-setup-link`, { method: 'POST' });
        case 'mfaReset':
          return api<void>(`${base}/mfa-reset`, { method: 'POST' });
        case 'endSessions':
          return api<void>(`${base}/sessions/revoke`, { method: 'POST' });
        case 'disable':
        case 'enable':
          return api<UserView>(base, { method: 'PATCH', body: { disabled: action === 'disable' } });
      }
    },
    onSuccess: (result, action) => {
      setAsking(null);
      setDone(action);
      if (action === 'setupLink') setLink(result as SetupLink);
      void queryClient.invalidateQueries({ queryKey: adminKeys.user(user.id) });
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
    },
  });

  const ask = (action: Action) => {
    run.reset();
    setDone(null);
    setAsking(action);
  };

  const actions: Action[] = ['setupLink', 'mfaReset', 'endSessions', user.disabled ? 'enable' : 'disable'];

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('admin.users.accessTitle')}
        </Title>
        {done && done !== 'setupLink' && (
          <Alert color="teal" role="status">
            {t(`admin.users.actions.${done}.done`)}
          </Alert>
        )}
        {actions.map((action) => (
          <Stack key={action} gap={4} align="flex-start">
            <Button
              variant={danger[action] ? 'outline' : 'light'}
              color={danger[action] ? 'red' : undefined}
              disabled={action === 'disable' && isMe}
              onClick={() => ask(action)}
            >
              {t(`admin.users.actions.${action}.button`)}
            </Button>
            <Text size="sm" c="dimmed">
              {action === 'disable' && isMe
                ? t('admin.users.cannotDisableSelf')
                : t(`admin.users.actions.${action}.help`)}
            </Text>
          </Stack>
        ))}
      </Stack>
      <ConfirmDialog
        opened={asking !== null}
        title={asking ? t(`admin.users.actions.${asking}.confirmTitle`, { name: user.displayName }) : ''}
        text={asking ? t(`admin.users.actions.${asking}.confirmText`, { name: user.displayName }) : ''}
        confirmLabel={asking ? t(`admin.users.actions.${asking}.button`) : ''}
        danger={asking ? danger[asking] : false}
        pending={run.isPending}
        error={run.error?.message}
        onConfirm={() => asking && run.mutate(asking)}
        onClose={() => setAsking(null)}
      />
      <SetupLinkDialog link={link} user={user} isNewAccount={false} onClose={() => setLink(null)} />
    </Paper>
  );
}
