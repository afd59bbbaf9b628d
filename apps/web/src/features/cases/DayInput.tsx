import { TextInput } from '@mantine/core';
import { type ReactNode, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear, parseDayMonthYear } from '../reference/dates';
import shared from '../shared/shared.module.css';

interface DayInputProps {
  label: string;
  description?: ReactNode;
  /** ISO day, or null when empty. */
  value: string | null;
  onChange: (value: string | null) => void;
  error?: string | undefined;
  required?: boolean;
  testId?: string;
  /** Told whether what is typed is not (yet) a day, so a form can refuse to go on without it. */
  onUnreadable?: (unreadable: boolean) => void;
  /** Width of the field itself (the label and help may be wider). */
  inputWidth?: number | string;
}

/**
 * A day typed as day/month/year, the way dates are written in Viet Nam (15/03/2026). A day that does not
 * exist is reported when the field is left, and what was typed stays for correcting.
 */
export function DayInput({
  label,
  description,
  value,
  onChange,
  error,
  required,
  testId,
  inputWidth = 240,
  onUnreadable,
}: DayInputProps) {
  const { t } = useTranslation();
  const [text, setText] = useState(() => (value ? formatDayMonthYear(value) : ''));
  const [invalid, setInvalid] = useState(false);

  // A value set from outside (a pre-fill, "today") shows in the field.
  useEffect(() => {
    setText((current) => {
      const parsed = parseDayMonthYear(current) ?? null;
      if (parsed === value) return current;
      if (value === null) return parseDayMonthYear(current) ? '' : current;
      return formatDayMonthYear(value);
    });
  }, [value]);

  function change(next: string) {
    setText(next);
    const iso = parseDayMonthYear(next);
    onUnreadable?.(next.trim() !== '' && iso === undefined);
    if (iso) {
      setInvalid(false);
      if (iso !== value) onChange(iso);
    } else if (value !== null) onChange(null);
  }

  return (
    <TextInput
      label={label}
      description={description ?? t('casesWeb.form.dayHelp')}
      placeholder={t('casesWeb.form.dayPlaceholder')}
      value={text}
      onChange={(event) => change(event.currentTarget.value)}
      onBlur={() => setInvalid(text.trim() !== '' && parseDayMonthYear(text) === undefined)}
      error={invalid ? t('casesWeb.form.dayInvalid') : error}
      required={required}
      // Digits and slashes keep their order inside right-to-left text.
      dir="ltr"
      inputMode="numeric"
      autoComplete="off"
      maxLength={10}
      styles={{ wrapper: { maxWidth: inputWidth } }}
      classNames={{ input: shared.input }}
      data-testid={testId}
    />
  );
}
