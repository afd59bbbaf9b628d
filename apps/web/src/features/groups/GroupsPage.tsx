import type { GroupSummary } from '@lantern/domain';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { useProvinceLabels, useVocabularyLabels } from '../cases/labels';
import { PartStatus } from '../cases/PartStatus';
import { formatDayMonthYear } from '../reference/dates';
import { useProvinces, useUnitsUnder } from '../reference/queries';
import { UnitSelect } from '../reference/UnitSelect';
import { EmptyState } from '../shared/ListStates';
import { PageHeader } from '../shared/PageHeader';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { NewGroupForm } from './NewGroupForm';
import { type GroupFilter, useGroups } from './queries';

/** Groups by place: filter by province, then commune (the 2025 units); the facilitating agency creates them. */
export function GroupsPage() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const mayCreate = session.user.permissions.includes('group.manage');
  const [filter, setFilter] = useState<GroupFilter>({ provinceCode: null, communeCode: null });
  const [creating, setCreating] = useState(false);
  const provinces = useProvinces('2025');
  const communes = useUnitsUnder('2025', filter.provinceCode);
  const groups = useGroups(filter);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('groups.title')}
        intro={t('groups.intro')}
        action={
          mayCreate &&
          !creating && (
            <Button h={44} onClick={() => setCreating(true)} data-testid="group-new">
              {t('groups.new')}
            </Button>
          )
        }
      />
      {creating && <NewGroupForm onDone={() => setCreating(false)} />}
      <Group gap="sm" align="flex-end" wrap="wrap">
        <UnitSelect
          label={t('groups.filter.province')}
          units={provinces.data?.units}
          value={filter.provinceCode}
          onChange={(provinceCode) => setFilter({ provinceCode, communeCode: null })}
          loading={provinces.isLoading}
          testId="groups-filter-province"
        />
        <UnitSelect
          label={t('groups.filter.commune')}
          units={communes.data?.units}
          value={filter.communeCode}
          onChange={(communeCode) => setFilter({ ...filter, communeCode })}
          loading={communes.isLoading}
          waitingFor={filter.provinceCode ? undefined : t('groups.filter.province')}
          testId="groups-filter-commune"
        />
      </Group>
      <PartStatus query={groups}>
        {groups.data &&
          (groups.data.items.length === 0 ? (
            <EmptyState>{t('groups.empty')}</EmptyState>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {groups.data.items.map((group) => (
                <GroupCard key={group.id} group={group} />
              ))}
            </Stack>
          ))}
      </PartStatus>
    </Stack>
  );
}

function GroupCard({ group }: { group: GroupSummary }) {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const livelihood = useVocabularyLabels('vn-livelihood-focus');
  const communes = useUnitsUnder('2025', group.provinceCode);
  const commune =
    communes.data?.units.find((unit) => unit.code === group.communeCode)?.label ?? group.communeCode;
  return (
    <Paper component="li" withBorder p="md" data-testid="group-card">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <AnchorLink to="/groups/$id" params={{ id: group.id }} fw={600}>
            {group.name}
          </AnchorLink>
          <ToneBadge tone={group.status === 'active' ? 'positive' : 'neutral'} size="md">
            {t(`groups.status.${group.status}`)}
          </ToneBadge>
        </Group>
        <Text size="sm">
          {commune}, {province(group.provinceCode)} · {livelihood(group.livelihoodFocus)}
        </Text>
        <Text size="sm" c="dimmed">
          {group.agency.name} · <bdi>{formatDayMonthYear(group.startedOn)}</bdi>
        </Text>
        <Text size="sm">
          {t('groups.counts', { members: group.memberCount, meetings: group.meetingCount })}
        </Text>
      </Stack>
    </Paper>
  );
}
