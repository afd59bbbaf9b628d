import type { ResetRequestView } from '@lantern/domain';
import { Alert, Group, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { Panel } from '../shared/Panel';
import { ToneBadge } from '../shell/ToneBadge';
import { statusTone, useUserResets } from './resetRequests';

/** The reset requests of one account: who asked, who decided, and what is still waiting. */
export function UserResetRequests({ userId }: { userId: string }) {
  const { t } = useTranslation();
  const requests = useUserResets(userId);
  return (
    <Panel title={t('accountRecovery.history.title')}>
      {requests.isPending && <Skeleton height={48} />}
      {requests.isError && (
        <Alert color="red" role="alert">
          {requests.error.message}
        </Alert>
      )}
      {requests.data?.length === 0 && <Text c="dimmed">{t('accountRecovery.history.empty')}</Text>}
      {requests.data?.map((request) => (
        <ResetLine key={request.id} request={request} />
      ))}
    </Panel>
  );
}

function ResetLine({ request }: { request: ResetRequestView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap={2} data-testid="reset-request">
      <Group gap="xs">
        <Text fw={600}>{t(`accountRecovery.kind.${request.kind}`)}</Text>
        <ToneBadge tone={statusTone[request.status]}>
          {t(`accountRecovery.status.${request.status}`)}
        </ToneBadge>
      </Group>
      <Text size="sm">
        {t('accountRecovery.history.asked', {
          name: request.requestedBy.displayName,
          time: formatDateTime(request.requestedAt, locale),
        })}
      </Text>
      {request.decidedBy && request.decidedAt && (
        <Text size="sm">
          {t('accountRecovery.history.decided', {
            name: request.decidedBy.displayName,
            time: formatDateTime(request.decidedAt, locale),
          })}
        </Text>
      )}
      {request.status === 'pending' && (
        <Text size="sm" c="dimmed">
          {t('accountRecovery.history.waits', { time: formatDateTime(request.expiresAt, locale) })}
        </Text>
      )}
    </Stack>
  );
}
