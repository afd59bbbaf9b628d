import { isLocale, type StatusCheckAnswer, vocabularies } from '@lantern/domain';
import type { TFunction } from 'i18next';

/** The service's label from the shipped vocabulary: the public page has no session to ask the API with. */
export function serviceLabel(code: string | null, language: string, t: TFunction): string {
  const entry = vocabularies['vn-referral-service']?.codes.find((known) => known.code === code);
  if (!entry) return t('statusCheck.step.serviceUnknown');
  return entry.labels[isLocale(language) ? language : 'vi'];
}

/** "Đề nghị hỗ trợ đã được chấp nhận: Học nghề, tư vấn và giới thiệu việc làm". */
export function stepText(answer: StatusCheckAnswer, language: string, t: TFunction): string {
  return t(`statusCheck.step.${answer.step}`, { service: serviceLabel(answer.service, language, t) });
}
