import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { describeUserAgent, formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useSignOut } from '../../lib/session';
import { ToneBadge } from '../shell/ToneBadge';

interface AccountSession {
  id: string;
  createdAt: string;
  lastSeenAt: string;
  expiresAt: string;
  ip: string | null;
  userAgent: string | null;
  current: boolean;
}

const sessionsKey = ['account', 'sessions'] as const;

/** Where I am signed in, with a way to end any session I do not recognise. */
export function MySessions() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const queryClient = useQueryClient();
  const signOut = useSignOut();
  const sessions = useQuery({
    queryKey: sessionsKey,
    queryFn: () => api<AccountSession[]>('/api/account/sessions'),
  });
  const revoke = useMutation({
    mutationFn: (id: string) =>
      api<void>(`/api/account/sessions/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sessionsKey }),
  });

  const list = [...(sessions.data ?? [])].sort(
    (a, b) => Number(b.current) - Number(a.current) || b.lastSeenAt.localeCompare(a.lastSeenAt),
  );

  return (
    <Stack gap="sm" component="section" aria-labelledby="my-sessions-title">
      <Title order={2} size="h3" id="my-sessions-title">
        {t('account.sessions.title')}
      </Title>
      <Text>{t('account.sessions.intro')}</Text>
      {sessions.isPending && <Skeleton height={96} />}
      {sessions.isError && (
        <Alert color="red" role="alert">
          {sessions.error.message}
        </Alert>
      )}
      {revoke.isError && (
        <Alert color="red" role="alert">
          {revoke.error.message}
        </Alert>
      )}
      {list.map((session) => {
        const device = describeUserAgent(session.userAgent);
        return (
          <Paper key={session.id} withBorder p="md" data-testid="account-session">
            <Group justify="space-between" align="flex-start" gap="sm">
              <Stack gap={2}>
                <Group gap="xs">
                  <Text fw={600}>
                    {device
                      ? t('account.sessions.device', {
                          browser: device.browser || '—',
                          system: device.system || '—',
                        })
                      : t('account.sessions.unknownDevice')}
                  </Text>
                  {session.current && <ToneBadge tone="positive">{t('account.sessions.current')}</ToneBadge>}
                </Group>
                <Text size="sm">
                  {t('account.sessions.signedIn', { time: formatDateTime(session.createdAt, locale) })}
                </Text>
                <Text size="sm">
                  {t('account.sessions.lastSeen', { time: formatDateTime(session.lastSeenAt, locale) })}
                </Text>
                {session.ip && (
                  <Text size="sm" c="dimmed">
                    {t('account.sessions.ip')}:{' '}
                    <span dir="ltr" translate="no">
                      {session.ip}
                    </span>
                  </Text>
                )}
              </Stack>
              {session.current ? (
                <Button variant="light" onClick={() => void signOut()}>
                  {t('shell.userMenu.signOut')}
                </Button>
              ) : (
                <Button
                  variant="light"
                  color="red"
                  loading={revoke.isPending && revoke.variables === session.id}
                  onClick={() => revoke.mutate(session.id)}
                >
                  {t('account.sessions.revoke')}
                </Button>
              )}
            </Group>
          </Paper>
        );
      })}
    </Stack>
  );
}
