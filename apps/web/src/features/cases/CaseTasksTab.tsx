import { type CaseDetail, type TaskView, todayInVietNam } from '@lantern/domain';
import { Checkbox, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { formatDayMonthYear } from '../reference/dates';
import shared from '../shared/shared.module.css';
import { type Tone, ToneBadge } from '../shell/ToneBadge';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import classes from './cases.module.css';
import { DayInput } from './DayInput';
import { mayChange } from './labels';
import { PartForm, PartFormFooter } from './PartForm';
import { ChangeError, PartList } from './PartStatus';
import { useAddTask, useTasks, useUpdateTask } from './queries';

const statusTone: Record<TaskView['status'], Tone> = { open: 'info', overdue: 'negative', done: 'positive' };

export function TasksTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const tasks = useTasks(detail.id);
  const canChange = mayChange(detail.access, session.user.permissions, 'case.update', 'support.manage');
  // Open tasks first, the soonest due on top; done ones after.
  const sorted = [...(tasks.data ?? [])].sort(
    (a, b) =>
      Number(a.status === 'done') - Number(b.status === 'done') ||
      (a.dueOn ?? '9999').localeCompare(b.dueOn ?? '9999'),
  );

  return (
    <Stack gap="md">
      {canChange && <AddTask caseId={detail.id} />}
      <Title order={2} size="h4">
        {t('casesWeb.tasks.title')}
      </Title>
      <PartList query={tasks} items={sorted} empty={t('casesWeb.tasks.none')}>
        {(task) => <TaskItem key={task.id} caseId={detail.id} task={task} canChange={canChange} />}
      </PartList>
    </Stack>
  );
}

function TaskItem({ caseId, task, canChange }: { caseId: string; task: TaskView; canChange: boolean }) {
  const { t } = useTranslation();
  const update = useUpdateTask(caseId);
  const done = task.status === 'done';
  return (
    <Paper component="li" withBorder p="md" data-testid="task-item">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start" wrap="nowrap">
          {canChange ? (
            <Checkbox
              size="md"
              label={task.title}
              checked={done}
              disabled={update.isPending}
              onChange={(event) => update.mutate({ taskId: task.id, done: event.currentTarget.checked })}
            />
          ) : (
            <Text fw={500}>{task.title}</Text>
          )}
          <ToneBadge tone={statusTone[task.status]} size="md">
            {t(`casesWeb.tasks.status.${task.status}`)}
          </ToneBadge>
        </Group>
        <Text size="sm" c="dimmed">
          {task.dueOn ? (
            <>
              {t('casesWeb.tasks.due')} <span className={classes.ltr}>{formatDayMonthYear(task.dueOn)}</span>
            </>
          ) : (
            t('casesWeb.tasks.noDue')
          )}
          {task.assignee && ` · ${t('casesWeb.tasks.assignee', { name: task.assignee.displayName })}`}
        </Text>
        <ChangeError error={update.error} />
      </Stack>
    </Paper>
  );
}

function AddTask({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const add = useAddTask(caseId);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(null);
  const [empty, setEmpty] = useState(false);
  const [past, setPast] = useState(false);
  useLeaveGuard(title.trim() !== '');

  const submit = () => {
    const missing = title.trim() === '';
    const inPast = dueOn !== null && dueOn < todayInVietNam();
    setEmpty(missing);
    setPast(inPast);
    if (missing || inPast) return;
    add.mutate(
      { title: title.trim(), ...(dueOn ? { dueOn } : {}) },
      {
        onSuccess: () => {
          setTitle('');
          setDueOn(null);
        },
      },
    );
  };

  return (
    <PartForm title={t('casesWeb.tasks.add')} onSubmit={submit}>
      <Group gap="md" align="flex-start">
        <TextInput
          label={t('casesWeb.tasks.what')}
          value={title}
          onChange={(event) => setTitle(event.currentTarget.value)}
          error={empty ? t('errors.field.required') : undefined}
          maxLength={300}
          style={{ flex: '1 1 280px' }}
          dir="auto"
          classNames={{ input: shared.input }}
        />
        <DayInput
          label={t('casesWeb.tasks.dueOn')}
          value={dueOn}
          onChange={setDueOn}
          error={past ? t('casesWeb.tasks.pastDue') : undefined}
        />
      </Group>
      <PartFormFooter error={add.error} submitLabel={t('casesWeb.tasks.save')} pending={add.isPending} />
    </PartForm>
  );
}
