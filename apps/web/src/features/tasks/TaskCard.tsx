import { todayInVietNam, type WorklistTask } from '@lantern/domain';
import { Checkbox, Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../reference/dates';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { DeadlineBadge } from './DeadlineBadge';
import { useMarkTask } from './queries';

/**
 * One task in a list across cases: what to do, for which case (by its code, a link), when, and for whom. The
 * checkbox marks it done; it is there only for those who may (the case's agency, or the assignee).
 */
export function TaskCard({
  task,
  canMark,
  showAssignee = false,
}: {
  task: WorklistTask;
  canMark: boolean;
  showAssignee?: boolean;
}) {
  const { t } = useTranslation();
  const mark = useMarkTask();
  const done = task.status === 'done';
  return (
    <Paper component="li" withBorder p="md" data-testid="task-card">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
          {canMark ? (
            <Checkbox
              size="md"
              label={task.title}
              checked={done}
              disabled={mark.isPending}
              onChange={(event) => mark.mutate({ task, done: event.currentTarget.checked })}
              styles={{ label: { overflowWrap: 'anywhere' } }}
            />
          ) : (
            <Text fw={500} style={{ overflowWrap: 'anywhere' }}>
              {task.title}
            </Text>
          )}
          {done ? (
            <ToneBadge tone="positive" size="md">
              {t('worklist.task.done')}
            </ToneBadge>
          ) : (
            <DeadlineBadge dueOn={task.dueOn} today={todayInVietNam()} />
          )}
        </Group>
        <Text size="sm" c="dimmed">
          <AnchorLink to="/cases/$id" params={{ id: task.case.id }} size="sm" dir="ltr" underline="always">
            {task.case.code}
          </AnchorLink>
          {task.dueOn && (
            <>
              {' · '}
              {t('worklist.task.due')} <bdi dir="ltr">{formatDayMonthYear(task.dueOn)}</bdi>
            </>
          )}
          {showAssignee &&
            ` · ${task.assignee ? t('worklist.task.assignee', { name: task.assignee.displayName }) : t('worklist.task.unassigned')}`}
          {!task.ownAgency && ` · ${t('worklist.task.sharedCase')}`}
        </Text>
        {mark.error && (
          <Text size="sm" c="red.8" role="alert">
            {mark.error.message}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
