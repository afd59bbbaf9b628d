import { type AnswerValue, DECLINED, type Locale, type Question, UNKNOWN } from '@lantern/domain';
import type { TFunction } from 'i18next';
import { formatList } from '../../lib/format';

/** An answer in words, for the review step: "Yes", "Through online social networks, At work", "Unknown". */
export function answerText(t: TFunction, question: Question, value: AnswerValue | undefined, locale: Locale) {
  if (value === undefined) return t('screeningWeb.review.notAnswered');
  if (value === UNKNOWN) return t('screeningWeb.answer.unknown');
  if (value === DECLINED) return t('screeningWeb.answer.declined');
  const option = (code: string) =>
    question.options?.find((entry) => entry.value === code)?.labels[locale] ?? code;
  switch (question.type) {
    case 'yes-no':
      return value === 'yes' ? t('screeningWeb.answer.yes') : t('screeningWeb.answer.no');
    case 'single':
      return option(String(value));
    case 'multi':
      return Array.isArray(value) && value.length > 0
        ? formatList(value.map(option), locale)
        : t('screeningWeb.answer.none');
    case 'date': {
      const [year, month, day] = String(value).split('-');
      return `${day}/${month}/${year}`;
    }
    default:
      return String(value);
  }
}
