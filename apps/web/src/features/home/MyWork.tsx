import { todayInVietNam, type Worklist, type WorklistCase } from '@lantern/domain';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { deadlineText, deadlineTone, stateText, verificationDeadline } from '../cases/labels';
import { formatDayMonthYear } from '../reference/dates';
import { CardList, EmptyState } from '../shared/ListStates';
import { Section } from '../shared/Section';
import { AnchorLink, ButtonLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { TaskCard } from '../tasks/TaskCard';
import { mayMark } from '../tasks/who-may';

/** One open case: its code (a link), its state, and where it stands against the Law's 3-day verification. */
export function CaseCard({ kase, showWorker = false }: { kase: WorklistCase; showWorker?: boolean }) {
  const { t } = useTranslation();
  const deadline = kase.verificationDueOn
    ? verificationDeadline(kase.state, kase.verificationDueOn, todayInVietNam())
    : ({ kind: 'none' } as const);
  return (
    <Paper component="li" withBorder p="md" data-testid="worklist-case">
      <Group justify="space-between" gap="xs" align="flex-start">
        <Stack gap={2}>
          <AnchorLink to="/cases/$id" params={{ id: kase.id }} fw={600} dir="ltr">
            {kase.code}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {stateText(t, kase.state)} · {t('worklist.cases.received')}{' '}
            <bdi dir="ltr">{formatDayMonthYear(kase.receivedOn)}</bdi>
            {showWorker && kase.worker && ` · ${kase.worker.displayName}`}
          </Text>
        </Stack>
        {deadline.kind !== 'none' && (
          <ToneBadge tone={deadlineTone(deadline)} size="md" data-testid="deadline">
            {deadlineText(t, deadline)}
          </ToneBadge>
        )}
      </Group>
    </Paper>
  );
}

export function MyCases({ list }: { list: Worklist['myCases'] }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  return (
    <Section id="home-my-cases" title={t('worklist.cases.title')} intro={t('worklist.cases.intro')}>
      {list.items.length === 0 ? (
        <Stack gap="sm" align="flex-start" data-testid="my-cases-empty">
          <EmptyState>{t('worklist.cases.empty')}</EmptyState>
          {hasPermission(session, 'case.create') && (
            <ButtonLink to="/cases/new" variant="light" h={44}>
              {t('worklist.cases.register')}
            </ButtonLink>
          )}
        </Stack>
      ) : (
        <CardList gap="sm" aria-label={t('worklist.cases.title')} data-testid="my-cases">
          {list.items.map((kase) => (
            <CaseCard key={kase.id} kase={kase} />
          ))}
        </CardList>
      )}
      <AnchorLink to="/cases" fw={600} py="xs">
        {list.hasMore ? t('worklist.cases.more') : t('worklist.cases.all')}
      </AnchorLink>
    </Section>
  );
}

export function MyTasks({ list }: { list: Worklist['myTasks'] }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  return (
    <Section id="home-my-tasks" title={t('worklist.myTasks.title')} intro={t('worklist.myTasks.intro')}>
      {list.items.length === 0 ? (
        <EmptyState>{t('worklist.myTasks.empty')}</EmptyState>
      ) : (
        <CardList gap="sm" aria-label={t('worklist.myTasks.title')} data-testid="my-tasks">
          {list.items.map((task) => (
            <TaskCard key={task.id} task={task} canMark={mayMark(session, task)} />
          ))}
        </CardList>
      )}
      <AnchorLink to="/tasks" fw={600} py="xs">
        {list.hasMore ? t('worklist.myTasks.more') : t('worklist.myTasks.all')}
      </AnchorLink>
    </Section>
  );
}
