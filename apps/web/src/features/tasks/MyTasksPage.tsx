import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { LabelledSegments } from '../shared/LabelledSegments';
import { CardList, ListCount } from '../shared/ListStates';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { PageHeader } from '../shared/PageHeader';
import { ListPager } from '../shell/ListPager';
import { formatListTotal, pagerFor } from '../shell/list-total';
import { TASKS_PAGE_SIZE, useTaskList } from './queries';
import type { TasksSearch } from './search';
import { TaskCard } from './TaskCard';
import { mayMark, overseesTeam, taskWorkers } from './who-may';

export function MyTasksPage() {
  return (
    <RequireSession anyOf={taskWorkers}>
      <TaskList />
    </RequireSession>
  );
}

function TaskList() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const search = useSearch({ from: '/tasks' });
  const navigate = useNavigate();
  const list = useTaskList(search);
  const team = search.assignee === 'team';
  const status = search.status ?? 'open';
  const page = search.page ?? 1;

  const filter = (change: Partial<TasksSearch>) => {
    const next: TasksSearch = { ...search, ...change, page: undefined };
    for (const key of Object.keys(next) as (keyof TasksSearch)[])
      if (next[key] === undefined) delete next[key];
    void navigate({ to: '/tasks', search: next });
  };
  const goToPage = (next: number) =>
    void navigate({ to: '/tasks', search: { ...search, page: next > 1 ? next : undefined } });

  return (
    <Stack gap="lg" maw={880} w="100%">
      <PageHeader title={t('worklist.tasks.title')} intro={t('worklist.tasks.intro')} />
      <Paper withBorder p="md" component="section" aria-label={t('worklist.tasks.filters')}>
        <Group gap="lg" align="flex-end">
          {overseesTeam(session) && (
            <LabelledSegments
              label={t('worklist.tasks.whose')}
              value={team ? 'team' : 'me'}
              onChange={(value) => filter({ assignee: value === 'team' ? 'team' : undefined })}
              data={[
                { value: 'me', label: t('worklist.tasks.mine') },
                { value: 'team', label: t('worklist.tasks.team') },
              ]}
              size="md"
            />
          )}
          <LabelledSegments
            label={t('worklist.tasks.show')}
            value={status}
            onChange={(value) =>
              filter({ status: value === 'overdue' || value === 'done' ? value : undefined })
            }
            data={[
              { value: 'open', label: t('worklist.tasks.open') },
              { value: 'overdue', label: t('worklist.tasks.overdue') },
              { value: 'done', label: t('worklist.tasks.done') },
            ]}
            size="md"
          />
        </Group>
      </Paper>

      {list.isPending && <LoadingSkeleton blocks={[{ height: 20, width: '30%' }, { height: 240 }]} />}
      {list.isError && <LoadFailed message={list.error.message} onRetry={() => void list.refetch()} />}
      {list.data && (
        <ListCount testId="tasks-count">
          {t('worklist.tasks.count', { total: formatListTotal(list.data, currentLocale()) })}
        </ListCount>
      )}
      {list.data?.items.length === 0 && (
        <Paper withBorder p="lg" data-testid="tasks-empty">
          <Stack gap="sm" align="flex-start">
            <Text fw={600}>{t(`worklist.tasks.empty.${status}`)}</Text>
            <Text>{t(team ? 'worklist.tasks.emptyHintTeam' : 'worklist.tasks.emptyHint')}</Text>
            {status !== 'open' && (
              <Button variant="default" h={44} onClick={() => filter({ status: undefined })}>
                {t('worklist.tasks.showOpen')}
              </Button>
            )}
          </Stack>
        </Paper>
      )}
      {list.data && list.data.items.length > 0 && (
        <CardList gap="sm" aria-label={t('worklist.tasks.title')} data-testid="task-list">
          {list.data.items.map((task) => (
            <TaskCard key={task.id} task={task} canMark={mayMark(session, task)} showAssignee={team} />
          ))}
        </CardList>
      )}
      {list.data && <ListPager page={page} {...pagerFor(list.data, TASKS_PAGE_SIZE)} setPage={goToPage} />}
    </Stack>
  );
}
