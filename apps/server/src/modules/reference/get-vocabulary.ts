import { htcdsExportCode, type Locale, type Vocabulary, type VocabularyCode } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import { loadVocabulary } from '../local-values/stored-values';
import { vocabularySummary } from './list-vocabularies';
import type { VocabularyCodeView, VocabularyResponse } from './schemas';

/** Descriptions exist in some languages only: the caller's, else English, else Vietnamese, saying which. */
function descriptionOf(entry: VocabularyCode, locale: Locale) {
  const language = ([locale, 'en', 'vi'] as const).find((candidate) => entry.description?.[candidate]);
  const text = language ? entry.description?.[language] : undefined;
  return text && language
    ? { description: text, descriptionLanguage: language }
    : { description: null, descriptionLanguage: null };
}

function codeView(entry: VocabularyCode, all: Vocabulary, locale: Locale): VocabularyCodeView {
  return {
    code: entry.code,
    namespace: entry.namespace,
    label: entry.labels[locale],
    labels: entry.labels,
    ...descriptionOf(entry, locale),
    exportedAs: htcdsExportCode(all, entry.code) ?? null,
    ctdc: entry.ctdc ?? null,
  };
}

/**
 * One vocabulary with every code, its label in the caller's language and all three labels: the built-in
 * codes, then the active values administrators added (namespace "local"). Retired local values are
 * listed apart, so they are never offered but a record holding one still finds its label.
 */
export async function getVocabulary(ctx: RequestContext, input: { id: string }): Promise<VocabularyResponse> {
  const { offered, retired, all } = await ctx.transaction((tx) => loadVocabulary(tx, input.id));
  const { locale } = ctx;
  return {
    ...vocabularySummary(offered, locale),
    codes: offered.codes.map((entry) => codeView(entry, all, locale)),
    retiredCodes: retired.map((entry) => codeView(entry, all, locale)),
  };
}
