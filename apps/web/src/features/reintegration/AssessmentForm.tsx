import {
  type AnswerValue,
  effectiveAnswers,
  type FollowUpVisit,
  type Instrument,
  type Locale,
  todayInVietNam,
  visibleQuestions,
} from '@lantern/domain';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { useActiveSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { QuestionField } from '../screening/QuestionField';
import screening from '../screening/screening.module.css';
import { ErrorAlert, RefusalAlert } from '../shared/Alerts';
import { StepProgress } from '../shared/StepProgress';
import shared from '../shared/shared.module.css';
import { useStepHeadingFocus } from '../shared/useStepHeadingFocus';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import { discardAssessmentDraft, loadAssessmentDraft, saveAssessmentDraft } from './assessment-draft';
import { useRecordAssessment } from './queries';

/**
 * The assessment of one visit, a step at a time for a phone: the day of the visit, then one dimension per
 * step with the screening's question cards (every question may be "don't know" or "prefers not to answer").
 * Answers stay in the form if the server refuses them; the refusal names each point.
 */
export function AssessmentForm({
  caseId,
  visit,
  instrument,
  locale,
  onDone,
  onCancel,
}: {
  caseId: string;
  visit: FollowUpVisit;
  instrument: Instrument;
  locale: Locale;
  onDone: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordAssessment(caseId);
  const userId = useActiveSession().user.id;
  const [draft] = useState(() => loadAssessmentDraft(userId, caseId, visit.id));
  const [step, setStep] = useState(draft?.step ?? 0);
  const [visitedOn, setVisitedOn] = useState<string | null>(draft ? draft.visitedOn : todayInVietNam());
  const [answers, setAnswers] = useState<Record<string, AnswerValue>>(draft?.answers ?? {});
  useEffect(() => {
    if (!record.isSuccess) saveAssessmentDraft(userId, caseId, visit.id, { step, visitedOn, answers });
  }, [userId, caseId, visit.id, step, visitedOn, answers, record.isSuccess]);
  const [dayMissing, setDayMissing] = useState(false);
  useLeaveGuard(Object.keys(answers).length > 0 && !record.isSuccess);
  const visible = useMemo(() => visibleQuestions(instrument, answers), [instrument, answers]);
  const sections = instrument.sections.filter((section) =>
    visible.some((entry) => entry.section.id === section.id),
  );
  const total = sections.length + 1;
  const section = step > 0 ? sections[step - 1] : undefined;
  const heading = useStepHeadingFocus(`${visit.id}:${step}`);
  const stepTitle = section ? section.title[locale] : t('reintegration.form.dayStep');

  const submit = () => {
    if (!visitedOn) {
      setStep(0);
      setDayMissing(true);
      return;
    }
    record.mutate(
      {
        visitId: visit.id,
        input: {
          instrumentId: instrument.id,
          instrumentVersion: instrument.version,
          visitedOn,
          answers: effectiveAnswers(instrument, answers) as Record<string, string | number | string[]>,
        },
      },
      {
        onSuccess: () => {
          discardAssessmentDraft(userId, caseId, visit.id);
          onDone();
        },
      },
    );
  };
  const refusal = record.error instanceof ApiError ? record.error : undefined;
  const promptOf = (field: string) => {
    const id = field.replace(/^answers\./, '');
    const question = instrument.sections.flatMap((entry) => entry.questions).find((entry) => entry.id === id);
    return question
      ? question.prompt[locale]
      : field === 'visitedOn'
        ? t('reintegration.form.visitedOn')
        : '';
  };

  return (
    <Paper withBorder p="md" data-testid="assessment-form">
      <Stack gap="md">
        <Text size="sm" c="dimmed">
          {t('reintegration.form.title', { months: visit.months })}
        </Text>
        <StepProgress
          label={`${stepTitle} · ${step + 1}/${total}`}
          current={step + 1}
          total={total}
          testId="assessment-step"
        />
        <Title order={3} size="h4" ref={heading} tabIndex={-1} className={shared.stepHeading}>
          {stepTitle}
        </Title>
        {step === 0 ? (
          <DayInput
            label={t('reintegration.form.visitedOn')}
            value={visitedOn}
            onChange={(value) => {
              setVisitedOn(value);
              setDayMissing(false);
            }}
            required
            testId="assessment-visited-on"
            error={dayMissing ? t('errors.field.required') : refusal?.fieldError('visitedOn')}
          />
        ) : (
          section &&
          visible
            .filter((entry) => entry.section.id === section.id)
            .map(({ question }) => (
              <QuestionField
                key={question.id}
                question={question}
                locale={locale}
                carried={false}
                value={answers[question.id]}
                onChange={(value) =>
                  setAnswers((current) => {
                    const next = { ...current };
                    if (value === undefined) delete next[question.id];
                    else next[question.id] = value;
                    return next;
                  })
                }
              />
            ))
        )}
        {refusal && refusal.details.length > 0 ? (
          <RefusalAlert
            title={t('reintegration.form.refused')}
            refusal={refusal}
            points={refusal.details.map((detail) => ({
              key: detail.field,
              text: [promptOf(detail.field), detail.message].filter(Boolean).join(': '),
            }))}
          />
        ) : (
          <ErrorAlert message={record.error?.message} />
        )}
        <div className={shared.actionBar}>
          <Group justify="space-between" wrap="nowrap" gap="sm">
            <Button
              variant="default"
              className={screening.actionButton}
              onClick={() => {
                if (step > 0) {
                  setStep(step - 1);
                  return;
                }
                discardAssessmentDraft(userId, caseId, visit.id);
                onCancel();
              }}
              disabled={record.isPending}
            >
              {step === 0 ? t('reintegration.form.cancel') : t('reintegration.form.back')}
            </Button>
            {step < total - 1 ? (
              <Button className={screening.actionButton} onClick={() => setStep(step + 1)}>
                {t('reintegration.form.next')}
              </Button>
            ) : (
              <Button className={screening.actionButton} onClick={submit} loading={record.isPending}>
                {t('reintegration.form.save')}
              </Button>
            )}
          </Group>
        </div>
      </Stack>
    </Paper>
  );
}
