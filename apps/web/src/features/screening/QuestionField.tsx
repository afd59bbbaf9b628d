import { type AnswerValue, DECLINED, type Locale, type Question, UNKNOWN } from '@lantern/domain';
import { Checkbox, NumberInput, Radio, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { type ReactNode, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear, parseDayMonthYear } from '../reference/dates';
import classes from './screening.module.css';

interface QuestionFieldProps {
  question: Question;
  value: AnswerValue | undefined;
  onChange: (value: AnswerValue | undefined) => void;
  locale: Locale;
  /** The answer was carried over from an earlier instrument that asks the same question. */
  carried: boolean;
}

const NON_ANSWERS = [UNKNOWN, DECLINED] as const;

/**
 * One question, in the interviewer's words in the current language. Every question can be answered
 * "unknown" or "prefers not to answer": the person is never pressed, and neither answer counts as a fact.
 */
export function QuestionField(props: QuestionFieldProps) {
  const { t } = useTranslation();
  const { question, value, carried, locale } = props;
  const note =
    carried && value !== undefined ? (
      <Text size="sm" c="dimmed" mt={4}>
        {t('screeningWeb.question.carried')}
      </Text>
    ) : null;
  const help = question.help?.[locale];
  switch (question.type) {
    case 'yes-no':
      return (
        <ChoiceGroup {...props} help={help} note={note}>
          <SimpleGrid cols={2} spacing="xs">
            <Choice value="yes" label={t('screeningWeb.answer.yes')} />
            <Choice value="no" label={t('screeningWeb.answer.no')} />
            <NonAnswerChoices />
          </SimpleGrid>
        </ChoiceGroup>
      );
    case 'single':
      return (
        <ChoiceGroup {...props} help={help} note={note}>
          <Stack gap="xs">
            {question.options?.map((option) => (
              <Choice key={option.value} value={option.value} label={option.labels[locale]} />
            ))}
            <SimpleGrid cols={2} spacing="xs">
              <NonAnswerChoices />
            </SimpleGrid>
          </Stack>
        </ChoiceGroup>
      );
    case 'multi':
      return <MultiChoice {...props} help={help} note={note} />;
    default:
      return <FreeAnswer {...props} help={help} note={note} />;
  }
}

type WithHelp = QuestionFieldProps & { help: string | undefined; note: ReactNode };

function ChoiceGroup({
  question,
  value,
  onChange,
  locale,
  help,
  note,
  children,
}: WithHelp & { children: ReactNode }) {
  return (
    <Radio.Group
      value={typeof value === 'string' ? value : null}
      onChange={(next) => onChange(next)}
      label={question.prompt[locale]}
      description={help}
      classNames={{ label: classes.questionLegend, description: classes.questionHelp }}
      data-question={question.id}
    >
      <Stack gap={0} mt="xs">
        {children}
        {note}
      </Stack>
    </Radio.Group>
  );
}

function Choice({ value, label, secondary }: { value: string; label: string; secondary?: boolean }) {
  return (
    <Radio.Card value={value} className={`${classes.choice} ${secondary ? classes.secondaryChoice : ''}`}>
      <Radio.Indicator />
      <Text span className={classes.choiceLabel}>
        {label}
      </Text>
    </Radio.Card>
  );
}

function NonAnswerChoices() {
  const { t } = useTranslation();
  return (
    <>
      <Choice value={UNKNOWN} label={t('screeningWeb.answer.unknown')} secondary />
      <Choice value={DECLINED} label={t('screeningWeb.answer.declined')} secondary />
    </>
  );
}

function Toggle({
  checked,
  onToggle,
  label,
  secondary,
}: {
  checked: boolean;
  onToggle: () => void;
  label: string;
  secondary?: boolean;
}) {
  return (
    <Checkbox.Card
      checked={checked}
      onChange={onToggle}
      className={`${classes.choice} ${secondary ? classes.secondaryChoice : ''}`}
    >
      <Checkbox.Indicator />
      <Text span className={classes.choiceLabel}>
        {label}
      </Text>
    </Checkbox.Card>
  );
}

/**
 * Several options may apply. "None of these" is a real answer (an empty list), different from leaving the
 * question unanswered, and from "unknown" or "prefers not to answer"; these three exclude the options.
 */
function MultiChoice({ question, value, onChange, locale, help, note }: WithHelp) {
  const { t } = useTranslation();
  const helpId = useId();
  const selected: readonly string[] = Array.isArray(value) ? value : [];
  const toggle = (option: string) => {
    const next = selected.includes(option) ? selected.filter((v) => v !== option) : [...selected, option];
    // Unticking the last option leaves the question unanswered rather than "none of these".
    onChange(next.length > 0 ? next : undefined);
  };
  const exclusive = (state: typeof UNKNOWN | typeof DECLINED | 'none') => {
    const current = Array.isArray(value) && value.length === 0 ? 'none' : value;
    if (current === state) onChange(undefined);
    else onChange(state === 'none' ? [] : state);
  };
  return (
    <fieldset
      className={classes.question}
      aria-describedby={help ? helpId : undefined}
      data-question={question.id}
    >
      <legend className={classes.questionLegend}>{question.prompt[locale]}</legend>
      {help && (
        <Text id={helpId} size="sm" c="dimmed" mb="xs">
          {help}
        </Text>
      )}
      <Stack gap="xs" mt="xs">
        {question.options?.map((option) => (
          <Toggle
            key={option.value}
            checked={selected.includes(option.value)}
            onToggle={() => toggle(option.value)}
            label={option.labels[locale]}
          />
        ))}
        <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="xs">
          <Toggle
            checked={Array.isArray(value) && value.length === 0}
            onToggle={() => exclusive('none')}
            label={t('screeningWeb.answer.none')}
            secondary
          />
          {NON_ANSWERS.map((state) => (
            <Toggle
              key={state}
              checked={value === state}
              onToggle={() => exclusive(state)}
              label={t(`screeningWeb.answer.${state}`)}
              secondary
            />
          ))}
        </SimpleGrid>
        {note}
      </Stack>
    </fieldset>
  );
}

/** Number, date and free-text questions (none of the shipped instruments uses them yet). */
function FreeAnswer({ question, value, onChange, locale, help, note }: WithHelp) {
  const { t } = useTranslation();
  const nonAnswer = value === UNKNOWN || value === DECLINED;
  const [dateText, setDateText] = useState(() =>
    question.type === 'date' && typeof value === 'string' && !nonAnswer ? formatDayMonthYear(value) : '',
  );
  const [dateInvalid, setDateInvalid] = useState(false);
  const label = question.prompt[locale];
  let input: ReactNode;
  if (question.type === 'number') {
    input = (
      <NumberInput
        label={label}
        description={help}
        value={typeof value === 'number' ? value : ''}
        min={question.min}
        max={question.max}
        onChange={(next) => onChange(typeof next === 'number' ? next : undefined)}
        size="md"
      />
    );
  } else if (question.type === 'date') {
    input = (
      <TextInput
        label={label}
        description={help ?? t('reference.date.description')}
        placeholder={t('reference.date.placeholder')}
        value={dateText}
        dir="ltr"
        maxLength={10}
        onChange={(event) => {
          const text = event.currentTarget.value;
          setDateText(text);
          const iso = parseDayMonthYear(text);
          if (iso) {
            setDateInvalid(false);
            onChange(iso);
          } else if (text.trim() === '') onChange(undefined);
        }}
        onBlur={() => setDateInvalid(dateText.trim() !== '' && parseDayMonthYear(dateText) === undefined)}
        error={dateInvalid ? t('reference.date.invalid') : undefined}
      />
    );
  } else {
    input = (
      <Textarea
        label={label}
        description={help}
        value={typeof value === 'string' && !nonAnswer ? value : ''}
        maxLength={2000}
        autosize
        minRows={2}
        onChange={(event) =>
          onChange(event.currentTarget.value === '' ? undefined : event.currentTarget.value)
        }
        size="md"
      />
    );
  }
  return (
    <Stack gap="xs" data-question={question.id}>
      {input}
      <SimpleGrid cols={2} spacing="xs">
        {NON_ANSWERS.map((state) => (
          <Toggle
            key={state}
            checked={value === state}
            onToggle={() => {
              setDateText('');
              onChange(value === state ? undefined : state);
            }}
            label={t(`screeningWeb.answer.${state}`)}
            secondary
          />
        ))}
      </SimpleGrid>
      {note}
    </Stack>
  );
}
