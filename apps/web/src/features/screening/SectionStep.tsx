import { type Instrument, type InstrumentSummary, isPrefilled, type Locale } from '@lantern/domain';
import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isSharedWithEarlier, type ScreeningDraft, type WizardStep, withAnswer } from './model';
import { QuestionField } from './QuestionField';
import { SourceNotice } from './ResultExplanation';

type SectionWizardStep = Extract<WizardStep, { kind: 'section' }>;

/** One question group of an instrument: its introduction, a notice where the source is secondary, the questions. */
export function SectionStep({
  step,
  summary,
  draft,
  definitions,
  update,
  locale,
}: {
  step: SectionWizardStep;
  summary: InstrumentSummary | undefined;
  draft: ScreeningDraft;
  definitions: ReadonlyMap<string, Instrument>;
  update: (change: (current: ScreeningDraft) => ScreeningDraft) => void;
  locale: Locale;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="xl">
      {step.section.intro && (
        <Text bg="gray.0" p="sm" style={{ borderRadius: 'var(--mantine-radius-md)' }}>
          {step.section.intro[locale]}
        </Text>
      )}
      {step.instrument.sourceStatus === 'secondary' && !summary?.verification && (
        <SourceNotice status="secondary">{t('screening.explain.secondarySource')}</SourceNotice>
      )}
      {step.questions.map((question) => (
        <QuestionField
          key={`${step.instrument.id}/${question.id}`}
          question={question}
          locale={locale}
          value={draft.answers[step.instrument.id]?.[question.id]}
          carried={
            isSharedWithEarlier(draft, definitions, step.instrument.id, question.id) ||
            isPrefilled(question, draft.answers, step.instrument.id)
          }
          onChange={(value) =>
            update((current) => withAnswer(current, definitions, step.instrument.id, question.id, value))
          }
        />
      ))}
    </Stack>
  );
}
