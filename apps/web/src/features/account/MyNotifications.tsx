import { Alert, Button, Group, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { type Notification, notificationsKey, useNotifications } from '../../lib/notifications';
import { describeResetNotification } from '../admin/resetRequests';
import { describeCoordinationNotification } from '../cases/coordinationNotification';
import { describeReferralNotification } from '../referrals/notifications';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { describeSupportNotification } from '../support/notifications';
import { describeTaskNotification } from '../tasks/notifications';
import { describeComplaintNotification } from '../voice/notifications';

function describe(notification: Notification, t: ReturnType<typeof useTranslation>['t']): string {
  const data = notification.data;
  const text = (key: string) => (typeof data[key] === 'string' ? (data[key] as string) : '—');
  if (notification.kind === 'break_glass') {
    const opened = {
      username: text('byUsername'),
      record: text('resourceId'),
      time: formatDateTime(text('expiresAt'), currentLocale()),
    };
    // Since the reason is sealed, the audit trail keeps only its category; the supervisor reads it here.
    if (typeof data.category !== 'string') return t('notifications.kinds.break_glass', opened);
    return t('consentSharing.notifications.break_glass', {
      ...opened,
      category: t(`consentSharing.breakGlass.categories.${data.category}`, { defaultValue: data.category }),
      reason: text('reason'),
    });
  }
  if (notification.kind === 'share_ended') {
    return t(`consentSharing.notifications.share_ended.${text('because')}`, {
      agency: text('byAgencyName'),
      code: text('caseCode'),
      defaultValue: t('consentSharing.notifications.share_ended.revoked', {
        agency: text('byAgencyName'),
        code: text('caseCode'),
      }),
    });
  }
  return (
    describeTaskNotification(notification, t) ??
    describeSupportNotification(notification, t) ??
    describeResetNotification(notification, t) ??
    describeComplaintNotification(notification, t) ??
    t('notifications.kinds.other')
  );
}

/** A notification in words; a referral's also leads to the referral. */
function NotificationText({ notification }: { notification: Notification }) {
  const { t } = useTranslation();
  const referral = describeReferralNotification(notification, t);
  const coordination = describeCoordinationNotification(notification, t);
  if (coordination)
    return (
      <>
        <Text data-testid="coordination-notification">{coordination.text}</Text>
        {coordination.caseId && (
          <AnchorLink to="/cases/$id" params={{ id: coordination.caseId }} w="fit-content" py={6}>
            {t('coordination.notification.open')}
          </AnchorLink>
        )}
      </>
    );
  if (!referral) return <Text>{describe(notification, t)}</Text>;
  return (
    <>
      <Text>{referral.text}</Text>
      {referral.referralId && (
        <AnchorLink to="/referrals/$id" params={{ id: referral.referralId }} w="fit-content" py={6}>
          {t('referralsWeb.notifications.open')}
        </AnchorLink>
      )}
    </>
  );
}

/** Things the user must know: someone opened one of the agency's records by emergency access, for now. */
export function MyNotifications() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const notifications = useNotifications();
  const markRead = useMutation({
    mutationFn: (id: string) =>
      api<void>(`/api/notifications/${encodeURIComponent(id)}/read`, { method: 'POST' }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: notificationsKey }),
  });

  return (
    <Stack gap="sm" component="section" id="notifications" aria-labelledby="notifications-title">
      <Title order={2} size="h3" id="notifications-title">
        {t('notifications.title')}
      </Title>
      {notifications.isPending && <Skeleton height={64} />}
      {notifications.isError && (
        <Alert color="red" role="alert">
          {notifications.error.message}
        </Alert>
      )}
      {markRead.isError && (
        <Alert color="red" role="alert">
          {markRead.error.message}
        </Alert>
      )}
      {notifications.data?.length === 0 && <Text c="dimmed">{t('notifications.empty')}</Text>}
      {notifications.data?.map((notification) => (
        <Paper key={notification.id} withBorder p="md">
          <Group justify="space-between" align="flex-start" gap="sm">
            <Stack gap={4} style={{ flex: 1, minWidth: 220 }}>
              <Group gap="xs">
                <Text size="sm" c="dimmed">
                  {formatDateTime(notification.createdAt, currentLocale())}
                </Text>
                {!notification.readAt && <ToneBadge tone="warning">{t('notifications.unread')}</ToneBadge>}
              </Group>
              <NotificationText notification={notification} />
            </Stack>
            {!notification.readAt && (
              <Button
                variant="light"
                loading={markRead.isPending && markRead.variables === notification.id}
                onClick={() => markRead.mutate(notification.id)}
              >
                {t('notifications.markRead')}
              </Button>
            )}
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
