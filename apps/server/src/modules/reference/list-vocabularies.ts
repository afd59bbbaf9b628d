import { type Locale, type Vocabulary, vocabularies, vocabularyIds } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import { readLocalValues, resolveVocabulary } from '../local-values/stored-values';
import type { VocabulariesResponse, VocabularySummary } from './schemas';

export function vocabularySummary(vocabulary: Vocabulary, locale: Locale): VocabularySummary {
  const count = (namespace: string) => vocabulary.codes.filter((code) => code.namespace === namespace).length;
  return {
    id: vocabulary.id,
    source: vocabulary.source,
    label: vocabulary.labels[locale],
    labels: vocabulary.labels,
    htcdsFields: vocabulary.htcdsFields,
    multiple: vocabulary.multiple,
    codeCount: vocabulary.codes.length,
    extensionCount: count('vn'),
    localCount: count('local'),
  };
}

/** The vocabularies (HTCDS lists with Viet Nam extensions, then Viet Nam's own lists), counting local values. */
export async function listVocabularies(ctx: RequestContext): Promise<VocabulariesResponse> {
  const rows = await ctx.transaction((tx) => readLocalValues(tx));
  return {
    vocabularies: vocabularyIds.map((id) => {
      const { offered } = resolveVocabulary(
        vocabularies[id],
        rows.filter((row) => row.vocabularyId === id),
      );
      return vocabularySummary(offered, ctx.locale);
    }),
  };
}
