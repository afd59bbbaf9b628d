import { type Locale, type Vocabulary, vocabularies, vocabularyIds } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import type { VocabulariesResponse, VocabularySummary } from './schemas';

export function vocabularySummary(vocabulary: Vocabulary, locale: Locale): VocabularySummary {
  return {
    id: vocabulary.id,
    source: vocabulary.source,
    label: vocabulary.labels[locale],
    labels: vocabulary.labels,
    htcdsFields: vocabulary.htcdsFields,
    multiple: vocabulary.multiple,
    codeCount: vocabulary.codes.length,
    extensionCount: vocabulary.codes.filter((code) => code.namespace !== 'htcds').length,
  };
}

/** The built-in vocabularies (HTCDS lists with Viet Nam extensions, then Viet Nam's own lists). */
export function listVocabularies(ctx: RequestContext): VocabulariesResponse {
  return { vocabularies: vocabularyIds.map((id) => vocabularySummary(vocabularies[id], ctx.locale)) };
}
