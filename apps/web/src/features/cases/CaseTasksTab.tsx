import { type CaseDetail, type TaskView, todayInVietNam } from '@lantern/domain';
import { Checkbox, Group, Paper, Select, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { formatDayMonthYear } from '../reference/dates';
import shared from '../shared/shared.module.css';
import { type Tone, ToneBadge } from '../shell/ToneBadge';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import { useAddCaseTask, useTaskAssignees } from '../tasks/queries';
import classes from './cases.module.css';
import { DayInput } from './DayInput';
import { mayChange } from './labels';
import { PartForm, PartFormFooter } from './PartForm';
import { ChangeError, PartList } from './PartStatus';
import { useTasks, useUpdateTask } from './queries';

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
      {canChange && detail.ownAgency && <AddTask caseId={detail.id} />}
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

/** The people offered as "for whom": the agency's own staff by name, others with their agency. */
function AssigneeField({
  caseId,
  value,
  onChange,
  error,
}: {
  caseId: string;
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
}) {
  const { t } = useTranslation();
  const people = useTaskAssignees(caseId, true);
  const data = (people.data ?? []).map((person) => ({
    value: person.id,
    label: person.ownAgency
      ? person.displayName
      : t('worklist.assign.otherAgency', { name: person.displayName, agency: person.agency.name }),
  }));
  return (
    <Select
      label={t('worklist.assign.label')}
      placeholder={t('worklist.assign.nobody')}
      data={data}
      value={value}
      onChange={onChange}
      searchable
      clearable
      error={error}
      style={{ flex: '1 1 220px' }}
      classNames={{ input: shared.input }}
      data-testid="task-assignee"
    />
  );
}

function AddTask({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const add = useAddCaseTask(caseId);
  const [title, setTitle] = useState('');
  const [dueOn, setDueOn] = useState<string | null>(null);
  const [assigneeId, setAssigneeId] = useState<string | null>(null);
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
      { title: title.trim(), ...(dueOn ? { dueOn } : {}), ...(assigneeId ? { assigneeId } : {}) },
      {
        onSuccess: () => {
          setTitle('');
          setDueOn(null);
          setAssigneeId(null);
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
        <AssigneeField caseId={caseId} value={assigneeId} onChange={setAssigneeId} />
      </Group>
      <PartFormFooter error={add.error} submitLabel={t('casesWeb.tasks.save')} pending={add.isPending} />
    </PartForm>
  );
}
