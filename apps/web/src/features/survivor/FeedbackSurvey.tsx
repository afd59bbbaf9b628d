import { feedbackInstrument, isLocale } from '@lantern/domain';
import { Button, Radio, Stack, Textarea } from '@mantine/core';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';

export interface SurveyAnswer {
  answers: Record<string, string>;
  freeText: string;
}

const questions = feedbackInstrument.sections.flatMap((section) => section.questions);

/**
 * The feedback questions, drawn from the instrument's data: one radio group each, every question skippable
 * ("I'd rather not say" is the engine's "declined"), then optional free text. Big targets for a phone.
 */
export function FeedbackSurvey({
  onSubmit,
  pending,
}: {
  onSubmit: (answer: SurveyAnswer) => void;
  pending: boolean;
}) {
  const { t, i18n } = useTranslation();
  const locale = isLocale(i18n.language) ? i18n.language : 'vi';
  const [answers, setAnswers] = useState<Record<string, string>>({});
  const [freeText, setFreeText] = useState('');

  function submit(event: FormEvent) {
    event.preventDefault();
    onSubmit({ answers, freeText });
  }

  return (
    <form onSubmit={submit}>
      <Stack gap="lg">
        {questions.map((question) => (
          <Radio.Group
            key={question.id}
            label={question.prompt[locale]}
            value={answers[question.id] ?? null}
            onChange={(value) => setAnswers((current) => ({ ...current, [question.id]: value }))}
            size="md"
          >
            <Stack gap="xs" mt="xs">
              {[...(question.options ?? []), { value: 'declined', labels: null }].map((option) => (
                <Radio
                  key={option.value}
                  value={option.value}
                  label={option.labels ? option.labels[locale] : t('feedback.survey.declined')}
                  styles={{ body: { minHeight: 44, alignItems: 'center' } }}
                  data-testid={`answer-${question.id}-${option.value}`}
                />
              ))}
            </Stack>
          </Radio.Group>
        ))}
        <Textarea
          label={t('feedback.survey.freeText')}
          description={t('feedback.survey.freeTextHelp')}
          value={freeText}
          onChange={(event) => setFreeText(event.currentTarget.value)}
          maxLength={2000}
          autosize
          minRows={3}
          size="md"
        />
        <Button type="submit" h={48} loading={pending} fullWidth data-testid="send-feedback">
          {t('feedback.survey.send')}
        </Button>
      </Stack>
    </form>
  );
}
