import { Alert, Button, Group, Loader, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { RefusalAlert } from '../shared/Alerts';
import { LoadFailed } from '../shared/LoadFailed';
import { StepProgress } from '../shared/StepProgress';
import shared from '../shared/shared.module.css';
import { useStepHeadingFocus } from '../shared/useStepHeadingFocus';
import { DeclinedStep } from './DeclinedStep';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { discardDraft, loadDraft, saveDraft } from './draft-store';
import { localResponses } from './local-responses';
import {
  currentStepIndex,
  latestInstruments,
  newDraft,
  REVIEW_STEP,
  type ScreeningDraft,
  screeningSubmission,
  unansweredCount,
  withInstrument,
  withSharedAnswers,
  wizardSteps,
} from './model';
import { type SentDetail, submitQueued, useScreeningSent } from './outbox';
import { wizardProgress } from './progress';
import { QueuedScreen } from './QueuedScreen';
import { instrumentQuery, screeningKeys, useInstrumentDefinitions, useInstrumentSummaries } from './queries';
import { type ExplainedResponse, overallOutcome } from './ResultExplanation';
import { ReviewStep } from './ReviewStep';
import { SectionStep } from './SectionStep';
import { type SetupErrors, SetupStep } from './SetupStep';
import { WizardActionBar } from './WizardActionBar';

export function NewScreeningPage() {
  return (
    <RequireSession anyOf={['screening.create']}>
      <ScreeningWizard />
    </RequireSession>
  );
}

type Phase =
  | { kind: 'form' }
  | { kind: 'submitting' }
  | {
      kind: 'queued';
      clientDraftId: string;
      reason: 'offline' | 'signed-out' | 'server';
      responses: ExplainedResponse[];
    };

/**
 * A screening interview, one question group per step, built for a phone held in one hand: the draft is
 * saved on the device at every change, and a submission without a connection waits on the device and is
 * sent when the connection returns.
 */
function ScreeningWizard() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const session = useActiveSession();
  const userId = session.user.id;
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const summaries = useInstrumentSummaries();
  const offered = useMemo(() => latestInstruments(summaries.data ?? []), [summaries.data]);

  const [resumed, setResumed] = useState(() => loadDraft(userId));
  // Started from a one-stop office contact (#18): a new draft carries it; a draft in progress is kept as it is.
  const { contact } = useSearch({ from: '/screenings/new' });
  const [draft, setDraft] = useState<ScreeningDraft>(
    () => resumed ?? { ...newDraft(userId), contactId: contact ?? null },
  );
  // Only a change by the officer creates a stored draft: opening the page and leaving again leaves nothing.
  const touched = useRef(resumed !== null);
  const [storageFailed, setStorageFailed] = useState(false);
  const [phase, setPhase] = useState<Phase>({ kind: 'form' });
  const [refusal, setRefusal] = useState<ApiError | null>(null);
  const [setupErrors, setSetupErrors] = useState<SetupErrors>({});
  const [confirmDiscard, setConfirmDiscard] = useState(false);

  const {
    definitions,
    pending,
    error: definitionsError,
    retry,
  } = useInstrumentDefinitions(draft.instruments);

  const update = useCallback((change: (current: ScreeningDraft) => ScreeningDraft) => {
    touched.current = true;
    setDraft(change);
  }, []);

  useEffect(() => {
    if (!touched.current) return;
    // Declining the interview records nothing, not even on this device.
    if (draft.consent === 'no') discardDraft(draft.userId);
    else setStorageFailed(!saveDraft(draft));
  }, [draft]);

  // The default screen is always part of a screening.
  useEffect(() => {
    const defaults = offered.filter((summary) => summary.role === 'default');
    if (defaults.length === 0) return;
    setDraft((current) =>
      defaults.reduce(
        (next, summary) =>
          next.instruments.some((entry) => entry.id === summary.id)
            ? next
            : withInstrument(next, offered, new Map(), { id: summary.id, version: summary.version }, true),
        current,
      ),
    );
  }, [offered]);

  // Every instrument that may be chosen is read in advance, so a lost signal mid-interview does not matter.
  useEffect(() => {
    for (const summary of offered)
      void queryClient.prefetchQuery(instrumentQuery(summary.id, summary.version));
  }, [offered, queryClient]);

  // A shared question (the age group) answered before an instrument's questions arrived is carried over.
  useEffect(() => {
    if (definitions.size > 0) setDraft((current) => withSharedAnswers(current, definitions));
  }, [definitions]);

  const steps = useMemo(() => wizardSteps(draft, definitions), [draft, definitions]);
  const index = currentStepIndex(draft, steps);
  const step = steps[index] ?? steps[0];
  const waitingForQuestions = pending && draft.step !== 'setup';

  const headingRef = useStepHeadingFocus(`${phase.kind}:${step?.key}:${draft.consent}`);

  const goTo = (key: string) => {
    setRefusal(null);
    update((current) => ({ ...current, step: key }));
  };

  const next = () => {
    if (!step) return;
    if (step.kind === 'setup') {
      const errors: SetupErrors = { interpreter: draft.interpreterUsed === null };
      setSetupErrors(errors);
      if (errors.interpreter) return;
    }
    const following = steps[index + 1];
    if (following) goTo(following.key);
  };

  const back = () => {
    const previous = steps[index - 1];
    if (previous) goTo(previous.key);
  };

  const startOver = () => {
    discardDraft(userId);
    touched.current = false;
    setResumed(null);
    setRefusal(null);
    setSetupErrors({});
    setPhase({ kind: 'form' });
    setDraft(() => {
      const fresh = newDraft(userId);
      const defaults = offered.filter((summary) => summary.role === 'default');
      return defaults.reduce(
        (next, summary) =>
          withInstrument(next, offered, definitions, { id: summary.id, version: summary.version }, true),
        fresh,
      );
    });
  };

  const submit = async () => {
    setRefusal(null);
    setPhase({ kind: 'submitting' });
    const payload = screeningSubmission(draft, definitions);
    const preview = localResponses(draft, definitions, summaries.data ?? [], locale);
    const result = await submitQueued({
      clientDraftId: draft.clientDraftId,
      userId,
      payload,
      localOutcome: overallOutcome(preview),
    });
    if (result.kind === 'refused') {
      setRefusal(result.error);
      setPhase({ kind: 'form' });
      return;
    }
    discardDraft(userId);
    touched.current = false;
    if (result.kind === 'sent') {
      queryClient.setQueryData(screeningKeys.detail(result.screening.id), result.screening);
      void queryClient.invalidateQueries({ queryKey: screeningKeys.lists });
      void navigate({ to: '/screenings/$id', params: { id: result.screening.id } });
      return;
    }
    setPhase({
      kind: 'queued',
      clientDraftId: draft.clientDraftId,
      reason: result.reason,
      responses: preview,
    });
  };

  // A waiting screening that reaches the server while this screen is open opens its result.
  const onSent = useCallback(
    (detail: SentDetail) => {
      if (phase.kind !== 'queued' || detail.clientDraftId !== phase.clientDraftId) return;
      void queryClient.invalidateQueries({ queryKey: screeningKeys.lists });
      void navigate({ to: '/screenings/$id', params: { id: detail.id } });
    },
    [phase, navigate, queryClient],
  );
  useScreeningSent(onSent);

  if (phase.kind === 'queued') {
    return (
      <QueuedScreen
        headingRef={headingRef}
        reason={phase.reason}
        responses={phase.responses}
        locale={locale}
        onStartOver={startOver}
      />
    );
  }

  if (summaries.isPending || (waitingForQuestions && !definitionsError)) {
    return <Loader m="xl" role="status" aria-label={t('common.loading')} />;
  }
  const loadError = summaries.error ?? definitionsError;

  const declined = step?.kind === 'setup' && draft.consent === 'no';
  const progress = wizardProgress(draft, definitions);
  const submitting = phase.kind === 'submitting';
  const isLast = step?.key === REVIEW_STEP;
  const sectionStep = step?.kind === 'section' ? step : null;
  const sectionSummary = sectionStep
    ? summaries.data?.find(
        (summary) =>
          summary.id === sectionStep.instrument.id && summary.version === sectionStep.instrument.version,
      )
    : undefined;

  return (
    <Stack gap="md" maw={760} mx="auto" w="100%">
      <Group justify="space-between" align="center" gap="xs" wrap="nowrap">
        <Title order={1} size="h2">
          {t('screeningWeb.wizard.title')}
        </Title>
        {touched.current && !declined && (
          <Button variant="subtle" color="red" c="#9b1c1c" h={44} onClick={() => setConfirmDiscard(true)}>
            {t('screeningWeb.draft.discard')}
          </Button>
        )}
      </Group>
      {resumed && (
        <Alert color="blue" variant="light" role="status">
          {t('screeningWeb.wizard.resumed', { time: formatDateTime(resumed.createdAt, locale) })}
        </Alert>
      )}
      {storageFailed && (
        <Alert color="orange" role="alert">
          {t('screeningWeb.wizard.storageFailed')}
        </Alert>
      )}
      {loadError && (
        <LoadFailed
          message={loadError.message}
          onRetry={() => {
            void summaries.refetch();
            retry();
          }}
        />
      )}

      {declined ? (
        <DeclinedStep headingRef={headingRef} />
      ) : (
        <>
          {progress && (
            <StepProgress
              label={t('screeningWeb.wizard.progress', progress)}
              current={progress.current}
              total={progress.total}
              testId="wizard-progress"
            />
          )}
          <Stack gap={2}>
            {sectionStep && (
              <Text size="sm" c="dimmed">
                {sectionStep.instrument.title[locale]}
              </Text>
            )}
            <Title order={2} ref={headingRef} tabIndex={-1} className={shared.stepHeading}>
              {step?.kind === 'section'
                ? step.section.title[locale]
                : step?.kind === 'review'
                  ? t('screeningWeb.review.title')
                  : t('screeningWeb.setup.title')}
            </Title>
          </Stack>
          {step?.kind === 'setup' && (
            <>
              <Text>{t('screeningWeb.setup.intro')}</Text>
              <SetupStep
                draft={draft}
                update={update}
                offered={offered}
                summaries={summaries.data ?? []}
                definitions={definitions}
                errors={setupErrors}
                locale={locale}
              />
            </>
          )}
          {sectionStep && (
            <SectionStep
              step={sectionStep}
              summary={sectionSummary}
              draft={draft}
              definitions={definitions}
              update={update}
              locale={locale}
            />
          )}
          {step?.kind === 'review' && (
            <ReviewStep
              draft={draft}
              steps={steps}
              definitions={definitions}
              unanswered={unansweredCount(draft, definitions)}
              locale={locale}
              onEdit={goTo}
            />
          )}
        </>
      )}

      {refusal && (
        <RefusalAlert
          title={t('screeningWeb.wizard.refused')}
          refusal={refusal}
          points={[...new Set(refusal.details.map((detail) => detail.message))].map((message) => ({
            key: message,
            text: message,
          }))}
        />
      )}

      <WizardActionBar
        declined={declined}
        first={index === 0}
        last={isLast}
        submitting={submitting}
        canGoOn={draft.consent === 'yes' && !(step?.kind === 'setup' && pending)}
        onReconsider={() => update((current) => ({ ...current, consent: null, consentAt: null }))}
        onFinishDeclined={() => {
          discardDraft(userId);
          void navigate({ to: '/screenings' });
        }}
        onBack={back}
        onNext={next}
        onSubmit={() => void submit()}
      />

      <DiscardDraftDialog
        opened={confirmDiscard}
        onDiscard={() => {
          setConfirmDiscard(false);
          startOver();
        }}
        onClose={() => setConfirmDiscard(false)}
      />
    </Stack>
  );
}
