import type { ResetRequestView } from '@lantern/domain';
import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { ConfirmDialog } from './ConfirmDialog';
import { USER_ADMIN_PERMISSIONS } from './queries';
import { type ResetDecision, resetKeys, usePendingResets } from './resetRequests';
import { SetupLinkDialog } from './SetupLinkDialog';

type Verb = 'approve' | 'refuse';

/**
 * The second person's half of a reset: supervisors and administrators see the requests they may decide
 * (never their own) and approve or refuse each after a confirmation. A password reset's one-time link is
 * shown here, to the approver, to hand over in person.
 */
export function PendingResets() {
  const session = useActiveSession();
  const mayDecide =
    hasPermission(session, ...USER_ADMIN_PERMISSIONS) || session.user.roles.includes('supervisor');
  if (!mayDecide) return null;
  return <PendingList />;
}

function PendingList() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const pending = usePendingResets(true);
  const [asking, setAsking] = useState<{ verb: Verb; request: ResetRequestView } | null>(null);
  const [outcome, setOutcome] = useState<ResetDecision | null>(null);

  const decide = useMutation({
    mutationFn: ({ verb, request }: { verb: Verb; request: ResetRequestView }) =>
      api<ResetDecision>(`/api/reset-requests/${encodeURIComponent(request.id)}/${verb}`, { method: 'POST' }),
    onSuccess: (decision) => {
      setAsking(null);
      setOutcome(decision);
      void queryClient.invalidateQueries({ queryKey: resetKeys.pending });
      void queryClient.invalidateQueries({ queryKey: resetKeys.ofUser(decision.request.user.id) });
    },
  });

  const name = asking?.request.user.displayName ?? '';
  const confirmText =
    asking?.verb === 'refuse'
      ? t('accountRecovery.pending.refuseText', { name })
      : asking?.request.kind === 'password'
        ? t('accountRecovery.pending.approvePassword', { name })
        : t('accountRecovery.pending.approveMfa', { name });

  return (
    <Stack gap="sm" component="section" id="pending-resets" aria-labelledby="pending-resets-title">
      <Title order={2} size="h3" id="pending-resets-title">
        {t('accountRecovery.pending.title')}
      </Title>
      <Text size="sm" c="dimmed">
        {t('accountRecovery.pending.intro')}
      </Text>
      {pending.isPending && <Skeleton height={64} />}
      {pending.isError && (
        <Alert color="red" role="alert">
          {pending.error.message}
        </Alert>
      )}
      {outcome && (
        <Alert color="teal" role="status">
          {outcome.request.status === 'performed'
            ? t('accountRecovery.pending.approved', { name: outcome.request.user.displayName })
            : t('accountRecovery.pending.refused')}
        </Alert>
      )}
      {pending.data?.length === 0 && <Text c="dimmed">{t('accountRecovery.pending.empty')}</Text>}
      {pending.data?.map((request) => (
        <Paper key={request.id} withBorder p="md" data-testid="pending-reset">
          <Stack gap={4}>
            <Text fw={600}>{t(`accountRecovery.kind.${request.kind}`)}</Text>
            <Text>
              {t('accountRecovery.pending.account', {
                name: request.user.displayName,
                username: request.user.username,
                agency: request.user.agencyName,
              })}
            </Text>
            <Text size="sm" c="dimmed">
              {t('accountRecovery.pending.asked', {
                name: request.requestedBy.displayName,
                time: formatDateTime(request.requestedAt, currentLocale()),
              })}
            </Text>
            <Group gap="sm" mt="xs">
              <Button
                color="red"
                variant="outline"
                onClick={() => {
                  decide.reset();
                  setOutcome(null);
                  setAsking({ verb: 'approve', request });
                }}
              >
                {t('accountRecovery.pending.approve')}
              </Button>
              <Button
                variant="default"
                onClick={() => {
                  decide.reset();
                  setOutcome(null);
                  setAsking({ verb: 'refuse', request });
                }}
              >
                {t('accountRecovery.pending.refuse')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      ))}
      <ConfirmDialog
        opened={asking !== null}
        title={
          asking
            ? t(`accountRecovery.pending.${asking.verb === 'approve' ? 'approveTitle' : 'refuseTitle'}`, {
                name,
              })
            : ''
        }
        text={confirmText}
        confirmLabel={asking ? t(`accountRecovery.pending.${asking.verb}`) : ''}
        danger={asking?.verb === 'approve'}
        pending={decide.isPending}
        error={decide.error?.message}
        onConfirm={() => asking && decide.mutate(asking)}
        onClose={() => setAsking(null)}
      />
      <SetupLinkDialog
        link={outcome?.passwordSetup ?? null}
        user={outcome?.request.user ?? null}
        isNewAccount={false}
        onClose={() => setOutcome((current) => (current ? { ...current, passwordSetup: null } : null))}
      />
    </Stack>
  );
}
