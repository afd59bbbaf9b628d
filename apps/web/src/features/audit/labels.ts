import { auditActionLabelKey, auditResourceTypeLabelKey } from '@lantern/domain';
import type { TFunction } from 'i18next';

// The codes and their catalogue keys come from one list in @lantern/domain (audit/codes.ts), which tests
// hold against the server's source and the three catalogues. An event written by a newer server than
// this page still shows its code, which auditors can filter by.

export function actionLabel(t: TFunction, action: string): string {
  return t(auditActionLabelKey(action), { defaultValue: action });
}

export function resourceTypeLabel(t: TFunction, type: string): string {
  return t(auditResourceTypeLabelKey(type), { defaultValue: type });
}

/** A refusal's code (`case.share.no_consent`) in words: the same message the refused user was shown. */
export function refusalLabel(t: TFunction, code: string): string {
  return t(`errors.${code}`, { defaultValue: code, requestId: '—' });
}
