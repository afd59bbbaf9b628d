import { Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PartStatus } from '../cases/PartStatus';
import { formatDayMonthYear } from '../reference/dates';
import { EmptyState } from '../shared/ListStates';
import { PageHeader } from '../shared/PageHeader';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { ComplaintDeadline } from './ComplaintDeadline';
import { useComplaints } from './complaint-queries';

/** The complaints officer's inbox (#20): complaints about other agencies, nearest deadline first. */
export function ComplaintsInboxPage() {
  const { t } = useTranslation();
  const [closed, setClosed] = useState(false);
  const complaints = useComplaints(closed);
  return (
    <Stack gap="md">
      <PageHeader title={t('voice.inbox.title')} intro={t('voice.inbox.intro')} />
      <Switch
        label={t('voice.inbox.showClosed')}
        checked={closed}
        onChange={(event) => setClosed(event.currentTarget.checked)}
      />
      <PartStatus query={complaints}>
        {complaints.data &&
          (complaints.data.items.length === 0 ? (
            <EmptyState>{t('voice.inbox.empty')}</EmptyState>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {complaints.data.items.map((complaint) => (
                <Paper component="li" withBorder p="md" key={complaint.id} data-testid="complaint-card">
                  <Stack gap={4}>
                    <Group justify="space-between" gap="xs" align="flex-start">
                      <AnchorLink to="/complaints/$id" params={{ id: complaint.id }} fw={600}>
                        {t(`voice.complaint.categories.${complaint.category}`)} —{' '}
                        {complaint.concernedAgency.name}
                      </AnchorLink>
                      <ToneBadge tone={complaint.status === 'closed' ? 'neutral' : 'info'} size="md">
                        {t(`voice.complaint.status.${complaint.status}`)}
                      </ToneBadge>
                    </Group>
                    <Text size="sm">
                      {t('voice.inbox.received')}:{' '}
                      <bdi>{formatDayMonthYear(complaint.receivedAt.slice(0, 10))}</bdi> ·{' '}
                      {t(`voice.inbox.channel.${complaint.channel}`)}
                    </Text>
                    <Text size="sm">
                      {t('voice.inbox.deadline')}: <ComplaintDeadline complaint={complaint} />
                    </Text>
                  </Stack>
                </Paper>
              ))}
            </Stack>
          ))}
      </PartStatus>
    </Stack>
  );
}
