import { Button, Group, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';
import { formatDayMonthYear, parseDayMonthYear, todayInVietNam } from './dates';

interface DateFieldProps {
  /** ISO day, or null for today. */
  value: string | null;
  onChange: (value: string | null) => void;
}

/**
 * A day typed as day/month/year, the way dates are written in Viet Nam. A date that does not exist is
 * reported when the field is left, in the user's language, and what was typed stays for correcting.
 */
export function DateField({ value, onChange }: DateFieldProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => formatDayMonthYear(value ?? todayInVietNam()));
  const [invalid, setInvalid] = useState(false);

  function change(next: string) {
    setText(next);
    const iso = parseDayMonthYear(next);
    if (iso) {
      setInvalid(false);
      if (iso !== value) onChange(iso);
    } else if (next.trim() === '') {
      setInvalid(false);
      onChange(null);
    }
  }

  return (
    <TextInput
      label={t('reference.date.label')}
      description={t('reference.date.description')}
      placeholder={t('reference.date.placeholder')}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={() => setInvalid(text.trim() !== '' && parseDayMonthYear(text) === undefined)}
      error={invalid ? t('reference.date.invalid') : undefined}
      // Digits and slashes must not be reordered inside right-to-left text.
      dir="ltr"
      autoComplete="off"
      maxLength={10}
      classNames={{ input: shared.input }}
      data-testid="reference-date"
      inputContainer={(input) => (
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <div style={{ flex: 1, maxWidth: 240 }}>{input}</div>
          <Button variant="default" h={44} onClick={() => change(formatDayMonthYear(todayInVietNam()))}>
            {t('reference.date.today')}
          </Button>
        </Group>
      )}
    />
  );
}
