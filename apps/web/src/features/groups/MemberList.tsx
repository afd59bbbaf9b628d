import { type GroupMember, todayInVietNam } from '@lantern/domain';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../cases/DayInput';
import { ChangeError } from '../cases/PartStatus';
import { formatDayMonthYear } from '../reference/dates';
import { EmptyState } from '../shared/ListStates';
import { AnchorLink } from '../shell/links';
import { useMemberLeft } from './queries';

/** How a member is named to this reader: the server has already left out what the reader may not see. */
export function memberLabel(
  t: (key: string, options?: Record<string, unknown>) => string,
  member: GroupMember,
) {
  if (!member.identified)
    return member.kind === 'survivor' ? t('groups.members.hidden') : t('groups.members.hiddenCommunity');
  return member.name ?? (member.caseCode ? t('groups.members.case', { code: member.caseCode }) : '');
}

export function MemberList({
  groupId,
  members,
  canManage,
}: {
  groupId: string;
  members: GroupMember[];
  canManage: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="group-members">
      <Title order={2} size="h4" id="group-members">
        {t('groups.members.title')}
      </Title>
      {members.length === 0 && <EmptyState>{t('groups.members.empty')}</EmptyState>}
      <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
        {members.map((member) => (
          <MemberItem key={member.id} groupId={groupId} member={member} canManage={canManage} />
        ))}
      </Stack>
    </Stack>
  );
}

function MemberItem({
  groupId,
  member,
  canManage,
}: {
  groupId: string;
  member: GroupMember;
  canManage: boolean;
}) {
  const { t } = useTranslation();
  const [leaving, setLeaving] = useState(false);
  const [leftOn, setLeftOn] = useState<string | null>(todayInVietNam());
  const left = useMemberLeft(groupId);
  return (
    <Paper component="li" withBorder p="sm" data-testid="group-member">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600} dir="auto" c={member.identified ? undefined : 'dimmed'}>
            {memberLabel(t, member)}
          </Text>
          <Text size="sm">{t(`groups.members.kind.${member.kind}`)}</Text>
        </Group>
        {member.caseId && member.caseCode && (
          <AnchorLink to="/cases/$id" params={{ id: member.caseId }} size="sm">
            {t('groups.members.case', { code: member.caseCode })}
          </AnchorLink>
        )}
        <Text size="sm" c="dimmed">
          {t('groups.members.joined', { date: formatDayMonthYear(member.joinedOn) })}
          {member.leftOn && ` · ${t('groups.members.left', { date: formatDayMonthYear(member.leftOn) })}`}
          {member.meetingsAttended !== null &&
            ` · ${t('groups.members.attended', { count: member.meetingsAttended })}`}
        </Text>
        {canManage && !member.leftOn && !leaving && (
          <Button variant="subtle" h={44} w="fit-content" onClick={() => setLeaving(true)}>
            {t('groups.members.leave')}
          </Button>
        )}
        {leaving && (
          <Group align="flex-end" gap="sm">
            <DayInput label={t('groups.members.leftOn')} value={leftOn} onChange={setLeftOn} required />
            <Button
              h={44}
              loading={left.isPending}
              disabled={!leftOn}
              onClick={() =>
                leftOn && left.mutate({ memberId: member.id, leftOn }, { onSuccess: () => setLeaving(false) })
              }
            >
              {t('groups.members.leave')}
            </Button>
            <Button variant="default" h={44} onClick={() => setLeaving(false)}>
              {t('groups.form.cancel')}
            </Button>
          </Group>
        )}
        <ChangeError error={left.error} />
      </Stack>
    </Paper>
  );
}
