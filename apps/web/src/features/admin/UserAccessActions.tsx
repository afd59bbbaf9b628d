import type { UserView } from '@lantern/domain';
import { Alert, Button, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ConfirmDialog } from './ConfirmDialog';
import { adminKeys, type SetupLink } from './queries';
import { resetKeys } from './resetRequests';
import { SetupLinkDialog } from './SetupLinkDialog';

type Action = 'firstLink' | 'requestPassword' | 'requestMfa' | 'endSessions' | 'disable' | 'enable';

const danger: Record<Action, boolean> = {
  firstLink: false,
  requestPassword: true,
  requestMfa: true,
  endSessions: true,
  disable: true,
  enable: false,
};

// Resetting someone's account takes a second person (issue #12): these actions only ask; the catalogue
// section says whose words they are.
const labels = (action: Action) =>
  ['firstLink', 'requestPassword', 'requestMfa'].includes(action)
    ? `accountRecovery.actions.${action}`
    : `admin.users.actions.${action}`;

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
        case 'firstLink':
          return api<SetupLink>(`${base}/password-setup-link`, { method: 'POST' });
        case 'requestPassword':
        case 'requestMfa':
          return api<unknown>(`${base}/reset-requests`, {
            method: 'POST',
            body: { kind: action === 'requestPassword' ? 'password' : 'mfa' },
          });
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
      if (action === 'firstLink') setLink(result as SetupLink);
      void queryClient.invalidateQueries({ queryKey: adminKeys.user(user.id) });
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      void queryClient.invalidateQueries({ queryKey: resetKeys.ofUser(user.id) });
    },
  });

  const ask = (action: Action) => {
    run.reset();
    setDone(null);
    setAsking(action);
  };

  const neverUsed = user.neverUsed;
  const actions: Action[] = [
    ...(neverUsed ? (['firstLink'] as const) : []),
    ...(isMe ? [] : (['requestPassword', 'requestMfa'] as const)),
    'endSessions',
    user.disabled ? 'enable' : 'disable',
  ];

  return (
    <Paper withBorder p="lg">
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('admin.users.accessTitle')}
        </Title>
        {done && done !== 'firstLink' && (
          <Alert color="teal" role="status">
            {t(`${labels(done)}.done`)}
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
              {t(`${labels(action)}.button`)}
            </Button>
            <Text size="sm" c="dimmed">
              {action === 'disable' && isMe
                ? t('admin.users.cannotDisableSelf')
                : t(`${labels(action)}.help`)}
            </Text>
          </Stack>
        ))}
      </Stack>
      <ConfirmDialog
        opened={asking !== null}
        title={asking ? t(`${labels(asking)}.confirmTitle`, { name: user.displayName }) : ''}
        text={asking ? t(`${labels(asking)}.confirmText`, { name: user.displayName }) : ''}
        confirmLabel={asking ? t(`${labels(asking)}.button`) : ''}
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
