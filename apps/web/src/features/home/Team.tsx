import type { Worklist } from '@lantern/domain';
import { Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { CardList, EmptyState } from '../shared/ListStates';
import { Section } from '../shared/Section';
import { AnchorLink } from '../shell/links';
import { TaskCard } from '../tasks/TaskCard';
import { CaseCard } from './MyWork';
import { loadPerWorker } from './team-summary';

/** A supervisor's view of the agency: who is behind, the cases past the Law's deadline, the overdue tasks. */
export function Team({ team }: { team: NonNullable<Worklist['team']> }) {
  const { t } = useTranslation();
  const load = loadPerWorker(team.lateCases.items, team.overdueTasks.items);
  return (
    <Section id="home-team" title={t('worklist.team.title')} intro={t('worklist.team.intro')}>
      {load.length === 0 ? (
        <EmptyState>{t('worklist.team.empty')}</EmptyState>
      ) : (
        <SimpleGrid
          cols={{ base: 1, sm: 2, md: 3 }}
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="team-load"
        >
          {load.map((row) => (
            <Paper component="li" withBorder p="sm" key={row.worker?.id ?? 'nobody'}>
              <Text fw={600}>{row.worker?.displayName ?? t('worklist.team.unassigned')}</Text>
              <Text size="sm">
                {t(`worklist.team.lateCases${row.lateCases === 1 ? 'One' : ''}`, { count: row.lateCases })} ·{' '}
                {t(`worklist.team.overdueTasks${row.overdueTasks === 1 ? 'One' : ''}`, {
                  count: row.overdueTasks,
                })}
              </Text>
            </Paper>
          ))}
        </SimpleGrid>
      )}
      {(team.lateCases.hasMore || team.overdueTasks.hasMore) && (
        <Text size="sm" c="dimmed">
          {t('worklist.team.partial')}
        </Text>
      )}
      {team.lateCases.items.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('worklist.team.lateCasesTitle')}
          </Title>
          <CardList gap="sm" aria-label={t('worklist.team.lateCasesTitle')} data-testid="team-late-cases">
            {team.lateCases.items.map((kase) => (
              <CaseCard key={kase.id} kase={kase} showWorker />
            ))}
          </CardList>
        </Stack>
      )}
      {team.overdueTasks.items.length > 0 && (
        <Stack gap="xs">
          <Title order={3} size="h5">
            {t('worklist.team.overdueTasksTitle')}
          </Title>
          <CardList
            gap="sm"
            aria-label={t('worklist.team.overdueTasksTitle')}
            data-testid="team-overdue-tasks"
          >
            {team.overdueTasks.items.map((task) => (
              <TaskCard key={task.id} task={task} canMark showAssignee />
            ))}
          </CardList>
        </Stack>
      )}
      <AnchorLink to="/tasks" search={{ assignee: 'team' }} fw={600} py="xs">
        {t('worklist.team.allTasks')}
      </AnchorLink>
    </Section>
  );
}
