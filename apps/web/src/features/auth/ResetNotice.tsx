import { Alert, Button, Stack, Text } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { resetKeys, useResetNotice } from '../admin/resetRequests';

/**
 * Tells the account holder, on the first screen after administrators reset their account, that it happened:
 * when, who asked and who approved, and what to do if it was not them. Shown until they confirm they read it,
 * which they can do once fully signed in (`acknowledgeable`).
 */
export function ResetNotice({ acknowledgeable = false }: { acknowledgeable?: boolean }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notice = useResetNotice();
  const acknowledge = useMutation({
    mutationFn: () => api<void>('/api/account/reset-notice/acknowledge', { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: resetKeys.notice }),
  });
  const reset = notice.data?.reset;
  if (!reset) return null;
  return (
    <Alert
      color="orange"
      variant="outline"
      title={t('accountRecovery.notice.title')}
      data-testid="reset-notice"
      maw={720}
      // Mantine draws an outline alert's title in orange 6, below 4.5:1 on white.
      styles={{ title: { color: 'var(--mantine-color-text)' } }}
    >
      <Stack gap="xs" align="flex-start">
        <Text size="sm">
          {t(`accountRecovery.notice.${reset.kind}`, {
            time: formatDateTime(reset.performedAt, currentLocale()),
            requester: reset.requestedBy,
            approver: reset.approvedBy,
          })}
        </Text>
        <Text size="sm" fw={600}>
          {t('accountRecovery.notice.contact')}
        </Text>
        {acknowledgeable && (
          <Button variant="light" loading={acknowledge.isPending} onClick={() => acknowledge.mutate()}>
            {t('accountRecovery.notice.acknowledge')}
          </Button>
        )}
        {acknowledge.isError && (
          <Text size="sm" c="red" role="alert">
            {acknowledge.error.message}
          </Text>
        )}
      </Stack>
    </Alert>
  );
}
