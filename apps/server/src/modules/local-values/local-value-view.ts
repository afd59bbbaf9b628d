import { htcdsExportCode, type Locale, type LocalValueView, type Vocabulary } from '@lantern/domain';
import type { LocalValueRow } from './stored-values';

/** A stored value as administrators see it; `all` is the vocabulary with every local value merged in. */
export function toLocalValueView(locale: Locale, all: Vocabulary, row: LocalValueRow): LocalValueView {
  return {
    id: row.id,
    vocabularyId: row.vocabularyId,
    code: row.code,
    label: row.labels[locale],
    labels: row.labels,
    description: row.description ?? null,
    htcdsExport: row.htcdsExport,
    exportedAs: htcdsExportCode(all, row.code) ?? null,
    active: row.active,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
