import {
  type CaseDetail,
  currentReintegrationInstrument,
  type FollowUpVisit,
  findReintegrationInstrument,
  type ReintegrationView,
} from '@lantern/domain';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { lazy, Suspense, useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { useActiveSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { mayChange } from '../cases/labels';
import { ChangeError, PartStatus } from '../cases/PartStatus';
import { CaseGroupsPanel } from '../groups/CaseGroupsPanel';
import { formatDayMonthYear } from '../reference/dates';
import { DoneNotice } from '../shared/Alerts';
import { type Tone, ToneBadge } from '../shell/ToneBadge';
import { AssessmentForm } from './AssessmentForm';
import { LivelihoodPanel } from './LivelihoodPanel';
import { PlanPanel } from './PlanPanel';
import { useReintegration, useStartFollowUp } from './queries';
import { ScoreTable } from './ScoreTable';
import { scoreSeries } from './score-series';

// ECharts is loaded only when a case with assessments shows its chart: never in the first screen's weight.
const ScoreChart = lazy(() => import('./ScoreChart').then((module) => ({ default: module.ScoreChart })));

const statusTone: Record<FollowUpVisit['status'], Tone> = {
  done: 'positive',
  due: 'warning',
  overdue: 'negative',
  upcoming: 'neutral',
};

export function ReintegrationTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const reintegration = useReintegration(detail.id);
  return (
    <Stack gap="md">
      <Title order={2} size="h4">
        {t('reintegration.title')}
      </Title>
      <Text size="sm" c="dimmed" data-testid="reintegration-instrument-note">
        {t('reintegration.instrumentNote')}
      </Text>
      <PartStatus query={reintegration}>
        {reintegration.data && (
          <Stack gap="xl">
            <FollowUp detail={detail} view={reintegration.data} />
            <PlanAndLivelihood detail={detail} view={reintegration.data} />
          </Stack>
        )}
      </PartStatus>
      <CaseGroupsPanel caseId={detail.id} />
    </Stack>
  );
}

/** The owning agency's case workers and support staff record; everyone else who works on the case reads. */
function useCanRecord(detail: CaseDetail, view: ReintegrationView): boolean {
  const session = useActiveSession();
  return (
    view.mayRecord && mayChange(detail.access, session.user.permissions, 'case.update', 'support.manage')
  );
}

/** The plan and livelihood need no started schedule: a plan is often made before the person goes home. */
function PlanAndLivelihood({ detail, view }: { detail: CaseDetail; view: ReintegrationView }) {
  const canRecord = useCanRecord(detail, view);
  return (
    <>
      <PlanPanel caseId={detail.id} items={view.planItems} canChange={canRecord} />
      <LivelihoodPanel
        caseId={detail.id}
        outcomes={view.livelihood}
        visits={view.visits}
        canChange={canRecord}
      />
    </>
  );
}

function FollowUp({ detail, view }: { detail: CaseDetail; view: ReintegrationView }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const [recording, setRecording] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const canRecord = useCanRecord(detail, view);
  const instrument =
    findReintegrationInstrument(view.instrument.id, view.instrument.version) ??
    currentReintegrationInstrument;
  const visitLabel = useCallback((months: number) => t('reintegration.visit', { months }), [t]);
  const data = useMemo(
    () => scoreSeries(view.visits, instrument, locale, t('reintegration.composite')),
    [view.visits, instrument, locale, t],
  );
  if (view.referenceOn === null)
    return canRecord ? (
      <StartFollowUp caseId={detail.id} view={view} />
    ) : (
      <Text>{t('reintegration.notStarted')}</Text>
    );
  const open = view.visits.find((visit) => visit.id === recording);

  return (
    <Stack gap="md">
      <Text size="sm">
        {t('reintegration.countedFrom')} <bdi>{formatDayMonthYear(view.referenceOn)}</bdi>
      </Text>
      {saved && <DoneNotice onClose={() => setSaved(false)}>{t('reintegration.recorded')}</DoneNotice>}
      {open ? (
        <AssessmentForm
          caseId={detail.id}
          visit={open}
          instrument={instrument}
          locale={locale}
          onCancel={() => setRecording(null)}
          onDone={() => {
            setRecording(null);
            setSaved(true);
          }}
        />
      ) : (
        <Stack
          gap="xs"
          component="ul"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          aria-label={t('reintegration.schedule')}
        >
          {view.visits.map((visit) => (
            <VisitItem
              key={visit.id}
              visit={visit}
              canRecord={canRecord}
              onRecord={() => {
                setSaved(false);
                setRecording(visit.id);
              }}
            />
          ))}
        </Stack>
      )}
      <Title order={3} size="h5">
        {t('reintegration.chart.title')}
      </Title>
      {data.visits.length === 0 ? (
        <Text c="dimmed">{t('reintegration.chart.empty')}</Text>
      ) : (
        <>
          <Suspense fallback={<Text size="sm">{t('reintegration.chart.loading')}</Text>}>
            <ScoreChart data={data} visitLabel={visitLabel} rtl={locale === 'ar'} />
          </Suspense>
          <ScoreTable data={data} locale={locale} visitLabel={visitLabel} />
        </>
      )}
    </Stack>
  );
}

function dueText(t: ReturnType<typeof useTranslation>['t'], visit: FollowUpVisit): string {
  if (visit.status === 'done') return '';
  if (visit.days === 0) return t('reintegration.dueToday');
  if (visit.days > 0)
    return visit.days === 1
      ? t('reintegration.daysLeftOne')
      : t('reintegration.daysLeft', { days: visit.days });
  return visit.days === -1
    ? t('reintegration.overdueOneDay')
    : t('reintegration.overdueDays', { days: -visit.days });
}

function VisitItem({
  visit,
  canRecord,
  onRecord,
}: {
  visit: FollowUpVisit;
  canRecord: boolean;
  onRecord: () => void;
}) {
  const { t } = useTranslation();
  const due = dueText(t, visit);
  return (
    <Paper component="li" withBorder p="sm" data-testid="reintegration-visit" data-status={visit.status}>
      <Group justify="space-between" gap="xs" wrap="wrap">
        <Stack gap={2}>
          <Text fw={600}>{t('reintegration.visit', { months: visit.months })}</Text>
          <Text size="sm" c="dimmed">
            {visit.assessment ? `${t('reintegration.visitedOn')} ` : `${t('reintegration.due')} `}
            <bdi>{formatDayMonthYear(visit.assessment?.visitedOn ?? visit.dueOn)}</bdi>
            {due && ` · ${due}`}
          </Text>
        </Stack>
        <Group gap="xs">
          <ToneBadge tone={statusTone[visit.status]} size="md">
            {t(`reintegration.status.${visit.status}`)}
          </ToneBadge>
          {canRecord && !visit.assessment && (
            <Button h={44} variant={visit.status === 'upcoming' ? 'default' : 'filled'} onClick={onRecord}>
              {t('reintegration.record')}
            </Button>
          )}
        </Group>
      </Group>
    </Paper>
  );
}

function StartFollowUp({ caseId, view }: { caseId: string; view: ReintegrationView }) {
  const { t } = useTranslation();
  const start = useStartFollowUp(caseId);
  const [referenceOn, setReferenceOn] = useState<string | null>(view.suggestedReferenceOn);
  return (
    <Paper withBorder p="md">
      <Stack gap="sm" align="flex-start">
        <Text>{t('reintegration.notStarted')}</Text>
        <DayInput
          label={t('reintegration.referenceOn')}
          description={t(`reintegration.suggested.${view.suggestedFrom}`)}
          value={referenceOn}
          onChange={setReferenceOn}
          testId="reintegration-reference-on"
        />
        <ChangeError error={start.error} />
        <Button h={44} loading={start.isPending} onClick={() => start.mutate(referenceOn)}>
          {t('reintegration.start')}
        </Button>
      </Stack>
    </Paper>
  );
}
