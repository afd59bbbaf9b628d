import type { GroupMeeting, GroupView } from '@lantern/domain';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useProvinceLabels, useVocabularyLabels } from '../cases/labels';
import { ChangeError, PartStatus } from '../cases/PartStatus';
import { formatDayMonthYear } from '../reference/dates';
import { useUnitsUnder } from '../reference/queries';
import { DoneNotice } from '../shared/Alerts';
import { EmptyState } from '../shared/ListStates';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { AddMemberForm } from './AddMemberForm';
import { EditGroupForm } from './EditGroupForm';
import { GroupReportSummary } from './GroupReportSummary';
import { MeetingForm } from './MeetingForm';
import { MemberList, memberLabel } from './MemberList';
import { useGroup, useSetGroupStatus } from './queries';

export function GroupPage() {
  const { id } = useParams({ from: '/groups/$id' });
  const group = useGroup(id);
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <AnchorLink to="/groups" size="sm">
        {t('groups.page.back')}
      </AnchorLink>
      <PartStatus query={group}>{group.data && <GroupDetail group={group.data} />}</PartStatus>
    </Stack>
  );
}

type Open = 'member' | 'meeting' | 'edit' | null;

function GroupDetail({ group }: { group: GroupView }) {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const livelihood = useVocabularyLabels('vn-livelihood-focus');
  const communes = useUnitsUnder('2025', group.provinceCode);
  const commune =
    communes.data?.units.find((unit) => unit.code === group.communeCode)?.label ?? group.communeCode;
  const [open, setOpen] = useState<Open>(null);
  const [saved, setSaved] = useState<'meeting' | 'group' | null>(null);
  const status = useSetGroupStatus(group.id);
  const canManage = group.mayManage && group.status === 'active';
  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={1}>{group.name}</Title>
          <ToneBadge tone={group.status === 'active' ? 'positive' : 'neutral'} size="lg">
            {t(`groups.status.${group.status}`)}
          </ToneBadge>
        </Group>
        <Text>
          {t('groups.page.place')}: {commune}, {province(group.provinceCode)} ·{' '}
          {livelihood(group.livelihoodFocus)}
        </Text>
        <Text size="sm">
          {t('groups.page.agency')}: {group.agency.name}
          {group.facilitator && ` · ${t('groups.page.facilitator')}: `}
          {group.facilitator && <bdi>{group.facilitator}</bdi>}
        </Text>
        <Text size="sm" c="dimmed">
          {t('groups.form.startedOn')}: <bdi>{formatDayMonthYear(group.startedOn)}</bdi>
        </Text>
      </Stack>
      <GroupReportSummary report={group.report} />
      {saved && (
        <DoneNotice onClose={() => setSaved(null)}>
          {saved === 'group' ? t('groups.form.saved') : t('groups.meetings.recorded')}
        </DoneNotice>
      )}
      {canManage && open === null && (
        <Group gap="sm">
          <Button h={44} onClick={() => setOpen('member')} data-testid="group-add-member">
            {t('groups.members.add')}
          </Button>
          <Button
            h={44}
            variant="light"
            onClick={() => {
              setSaved(null);
              setOpen('meeting');
            }}
            data-testid="group-record-meeting"
          >
            {t('groups.meetings.record')}
          </Button>
        </Group>
      )}
      {open === 'member' && <AddMemberForm groupId={group.id} onDone={() => setOpen(null)} />}
      {open === 'meeting' && (
        <MeetingForm
          groupId={group.id}
          members={group.members}
          onDone={() => {
            setOpen(null);
            setSaved('meeting');
          }}
        />
      )}
      <MemberList groupId={group.id} members={group.members} canManage={canManage} />
      <MeetingList group={group} />
      {open === 'edit' && (
        <EditGroupForm
          group={group}
          onDone={(changed) => {
            setOpen(null);
            setSaved(changed ? 'group' : null);
          }}
        />
      )}
      {group.mayManage && open === null && (
        <Group>
          <Button
            variant="default"
            h={44}
            onClick={() => {
              setSaved(null);
              setOpen('edit');
            }}
            data-testid="group-edit"
          >
            {t('groups.form.edit')}
          </Button>
          <Button
            variant="default"
            h={44}
            loading={status.isPending}
            onClick={() => status.mutate(group.status === 'active' ? 'closed' : 'active')}
          >
            {group.status === 'active' ? t('groups.page.close') : t('groups.page.reopen')}
          </Button>
          <ChangeError error={status.error} />
        </Group>
      )}
    </Stack>
  );
}

function MeetingList({ group }: { group: GroupView }) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="group-meetings">
      <Title order={2} size="h4" id="group-meetings">
        {t('groups.meetings.title')}
      </Title>
      {group.meetings.length === 0 && <EmptyState>{t('groups.meetings.empty')}</EmptyState>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {group.meetings.map((meeting) => (
          <MeetingItem key={meeting.id} meeting={meeting} group={group} />
        ))}
      </Stack>
    </Stack>
  );
}

function MeetingItem({ meeting, group }: { meeting: GroupMeeting; group: GroupView }) {
  const { t } = useTranslation();
  const activity = useVocabularyLabels('vn-group-activity');
  const names = (meeting.attendeeIds ?? []).map((id) => {
    const member = group.members.find((candidate) => candidate.id === id);
    return member ? memberLabel(t, member) : '';
  });
  return (
    <Paper component="li" withBorder p="sm" data-testid="group-meeting">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600} dir="auto">
            {meeting.topic}
          </Text>
          <Text size="sm">
            <bdi>{formatDayMonthYear(meeting.heldOn)}</bdi>
          </Text>
        </Group>
        <Text size="sm">{meeting.activities.map(activity).join(' · ')}</Text>
        <Text size="sm">
          {t('groups.meetings.summary', {
            count: meeting.attendedCount,
            savings: formatVnd(meeting.savingsVnd, currentLocale()),
          })}
          {meeting.businessStarts > 0 && ` · ${t('groups.report.businesses')}: ${meeting.businessStarts}`}
        </Text>
        {names.length > 0 && (
          <Text size="sm" c="dimmed" dir="auto">
            {t('groups.meetings.who')}: {names.join(', ')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
