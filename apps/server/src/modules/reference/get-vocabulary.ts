import {
  htcdsExportCode,
  isVocabularyId,
  type Locale,
  type VocabularyCode,
  vocabularies,
} from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import { notFound } from '../../lib/errors';
import { vocabularySummary } from './list-vocabularies';
import type { VocabularyResponse } from './schemas';

/** Descriptions exist in some languages only: the caller's, else English, else Vietnamese, saying which. */
function descriptionOf(entry: VocabularyCode, locale: Locale) {
  const language = ([locale, 'en', 'vi'] as const).find((candidate) => entry.description?.[candidate]);
  const text = language ? entry.description?.[language] : undefined;
  return text && language
    ? { description: text, descriptionLanguage: language }
    : { description: null, descriptionLanguage: null };
}

/**
 * One vocabulary with every code, its label in the caller's language and all three labels. Local values
 * added by administrators will be merged in here once they are stored; the built-in codes never change.
 */
export function getVocabulary(ctx: RequestContext, input: { id: string }): VocabularyResponse {
  if (!isVocabularyId(input.id)) throw notFound();
  const vocabulary = vocabularies[input.id];
  const { locale } = ctx;
  return {
    ...vocabularySummary(vocabulary, locale),
    codes: vocabulary.codes.map((entry) => ({
      code: entry.code,
      namespace: entry.namespace,
      label: entry.labels[locale],
      labels: entry.labels,
      ...descriptionOf(entry, locale),
      exportedAs: htcdsExportCode(vocabulary, entry.code) ?? null,
      ctdc: entry.ctdc ?? null,
    })),
  };
}
