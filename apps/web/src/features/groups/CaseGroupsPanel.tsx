import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PartStatus } from '../cases/PartStatus';
import { formatDayMonthYear } from '../reference/dates';
import { AnchorLink } from '../shell/links';
import { useCaseGroups } from './queries';

/**
 * The self-help groups the case's person takes part in, for the case's Reintegration tab (self-contained:
 * it reads its own part, so it can be placed on any tab of the case).
 */
export function CaseGroupsPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const groups = useCaseGroups(caseId);
  return (
    <Stack gap="sm" component="section" aria-labelledby="case-groups" data-testid="case-groups">
      <Title order={3} size="h5" id="case-groups">
        {t('groups.case.title')}
      </Title>
      <PartStatus query={groups}>
        {groups.data &&
          (groups.data.items.length === 0 ? (
            <Text c="dimmed">{t('groups.case.empty')}</Text>
          ) : (
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {groups.data.items.map((item) => (
                <Paper component="li" withBorder p="sm" key={item.groupId}>
                  <AnchorLink to="/groups/$id" params={{ id: item.groupId }} fw={600}>
                    {item.groupName}
                  </AnchorLink>
                  <Text size="sm">
                    {item.agency.name} ·{' '}
                    <bdi>
                      {item.leftOn
                        ? t('groups.case.until', {
                            from: formatDayMonthYear(item.joinedOn),
                            to: formatDayMonthYear(item.leftOn),
                          })
                        : t('groups.case.since', { date: formatDayMonthYear(item.joinedOn) })}
                    </bdi>
                    {item.meetingsAttended !== null &&
                      ` · ${t('groups.case.attended', { count: item.meetingsAttended })}`}
                  </Text>
                </Paper>
              ))}
            </Stack>
          ))}
      </PartStatus>
    </Stack>
  );
}
