import { type Instrument, type Locale, languageName } from '@lantern/domain';
import { Alert, Box, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useProvinces, useUnitsUnder } from '../reference/queries';
import { answerText } from './answer-text';
import type { ScreeningDraft, WizardStep } from './model';

interface ReviewStepProps {
  draft: ScreeningDraft;
  steps: readonly WizardStep[];
  definitions: ReadonlyMap<string, Instrument>;
  unanswered: number;
  locale: Locale;
  onEdit: (stepKey: string) => void;
}

/** Everything that will be sent, grouped as it was asked, each group one tap away from correcting. */
export function ReviewStep({ draft, steps, definitions, unanswered, locale, onEdit }: ReviewStepProps) {
  const { t } = useTranslation();
  const sections = steps.flatMap((step) => (step.kind === 'section' ? [step] : []));
  return (
    <Stack gap="lg">
      <Text>{t('screeningWeb.review.intro')}</Text>
      {unanswered > 0 && (
        <Alert color="yellow" variant="light">
          {t('screeningWeb.review.unanswered', { count: unanswered })}
        </Alert>
      )}
      <ReviewGroup title={t('screeningWeb.setup.title')} onEdit={() => onEdit('setup')}>
        <Entry term={t('screeningWeb.setup.language')}>
          {languageName(draft.interviewLanguage, locale) ?? draft.interviewLanguage}
        </Entry>
        <Entry term={t('screeningWeb.setup.interpreter')}>
          {draft.interpreterUsed ? t('screeningWeb.answer.yes') : t('screeningWeb.answer.no')}
        </Entry>
        <Entry term={t('screeningWeb.setup.place')}>
          <PlaceName provinceCode={draft.provinceCode} communeCode={draft.communeCode} />
        </Entry>
        <Entry term={t('screeningWeb.setup.instruments')}>
          {draft.instruments
            .map((chosen) => definitions.get(chosen.id)?.title[locale] ?? chosen.id)
            .join('; ')}
        </Entry>
      </ReviewGroup>
      {sections.map((step) => {
        const answers = draft.answers[step.instrument.id] ?? {};
        const title = step.section.title[locale];
        return (
          <ReviewGroup
            key={step.key}
            kicker={step.instrument.title[locale]}
            title={title}
            onEdit={() => onEdit(step.key)}
          >
            {step.questions.map((question) => (
              <Entry
                key={question.id}
                term={question.prompt[locale]}
                dimmed={answers[question.id] === undefined}
              >
                {answerText(t, question, answers[question.id], locale)}
              </Entry>
            ))}
          </ReviewGroup>
        );
      })}
    </Stack>
  );
}

/** One group of the review: its heading (under the instrument's name, for a section) and a button to go back to it. */
function ReviewGroup({
  kicker,
  title,
  onEdit,
  children,
}: {
  kicker?: string;
  title: string;
  onEdit: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const heading = (
    <Title order={3} size="h4">
      {title}
    </Title>
  );
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" align="flex-start" wrap="nowrap" gap="sm">
        {kicker === undefined ? (
          heading
        ) : (
          <div style={{ flex: 1, minWidth: 0 }}>
            <Text size="sm" c="dimmed">
              {kicker}
            </Text>
            {heading}
          </div>
        )}
        <Button
          variant="subtle"
          size="compact-md"
          h={44}
          style={{ flexShrink: 0 }}
          onClick={onEdit}
          aria-label={t('screeningWeb.review.editSection', { section: title })}
        >
          {t('screeningWeb.review.edit')}
        </Button>
      </Group>
      <Box component="dl" m={0} mt="xs">
        {children}
      </Box>
    </Paper>
  );
}

function Entry({ term, children, dimmed }: { term: string; children: ReactNode; dimmed?: boolean }) {
  return (
    <Box py={6} style={{ borderTop: '1px solid var(--mantine-color-gray-2)' }}>
      <Text component="dt" size="sm" c="dimmed">
        {term}
      </Text>
      <Text component="dd" m={0} fw={dimmed ? 400 : 600} fs={dimmed ? 'italic' : undefined}>
        {children}
      </Text>
    </Box>
  );
}

function PlaceName({
  provinceCode,
  communeCode,
}: {
  provinceCode: string | null;
  communeCode: string | null;
}) {
  const { t } = useTranslation();
  const provinces = useProvinces('2025');
  const communes = useUnitsUnder('2025', provinceCode);
  if (!provinceCode) return <>{t('screeningWeb.review.noPlace')}</>;
  const province = provinces.data?.units.find((unit) => unit.code === provinceCode)?.label ?? provinceCode;
  const commune = communeCode
    ? (communes.data?.units.find((unit) => unit.code === communeCode)?.label ?? communeCode)
    : null;
  return <>{commune ? `${commune}, ${province}` : province}</>;
}
