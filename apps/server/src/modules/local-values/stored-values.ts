import {
  isVocabularyId,
  type LocalValue,
  mergeLocalValues,
  type Vocabulary,
  type VocabularyCode,
  validateLocalValues,
  vocabularies,
} from '@lantern/domain';
import { and, asc, eq } from 'drizzle-orm';
import { vocabularyLocalValues } from '../../db/schema';
import type { Tx } from '../../db/types';
import { AppError, notFound } from '../../lib/errors';

export type LocalValueRow = typeof vocabularyLocalValues.$inferSelect;

/** A vocabulary as the application uses it: the built-in codes with the values administrators added. */
export interface ResolvedVocabulary {
  /** Built-in codes, then the active local values: what a new entry may choose. */
  offered: Vocabulary;
  /** Local values no longer offered but still held by records: retired ones, and overtaken ones (below). */
  retired: VocabularyCode[];
  /** Every code a record may hold, for labels and HTCDS export. */
  all: Vocabulary;
}

/** The built-in vocabulary of that id; an unknown id is not found. */
export function builtInVocabulary(id: string): Vocabulary {
  if (!isVocabularyId(id)) throw notFound();
  return vocabularies[id];
}

/** The stored local values, oldest first (one vocabulary, or all of them). */
export function readLocalValues(tx: Tx, vocabularyId?: string): Promise<LocalValueRow[]> {
  return tx
    .select()
    .from(vocabularyLocalValues)
    .where(vocabularyId === undefined ? undefined : eq(vocabularyLocalValues.vocabularyId, vocabularyId))
    .orderBy(asc(vocabularyLocalValues.createdAt), asc(vocabularyLocalValues.id));
}

export function toLocalValue(row: Pick<LocalValueRow, 'code' | 'labels' | 'description' | 'htcdsExport'>) {
  return {
    code: row.code,
    labels: row.labels,
    ...(row.description ? { description: row.description } : {}),
    ...(row.htcdsExport ? { htcdsExport: row.htcdsExport } : {}),
  } satisfies LocalValue;
}

/**
 * Merges the stored values into the built-in vocabulary. Values were checked when added, but a later
 * release may add a built-in code that one of them now repeats; such a value is not offered any more
 * (the built-in code replaces it) yet stays readable with the retired ones, so nothing breaks and no
 * record loses its label.
 */
export function resolveVocabulary(builtIn: Vocabulary, rows: readonly LocalValueRow[]): ResolvedVocabulary {
  const active = rows.filter((row) => row.active).map(toLocalValue);
  const overtaken = new Set(validateLocalValues(builtIn, active).map((problem) => problem.code));
  // Dropping values never makes another one invalid, so this merge cannot fail.
  const offered = mergeLocalValues(
    builtIn,
    active.filter((value) => !overtaken.has(value.code)),
  );
  const retired: VocabularyCode[] = rows
    .filter((row) => !row.active || overtaken.has(row.code))
    .map((row) => ({ ...toLocalValue(row), namespace: 'local' }));
  return { offered, retired, all: { ...offered, codes: [...offered.codes, ...retired] } };
}

/** The vocabulary of that id with its local values, read in the caller's transaction. */
export async function loadVocabulary(tx: Tx, id: string): Promise<ResolvedVocabulary> {
  const builtIn = builtInVocabulary(id);
  return resolveVocabulary(builtIn, await readLocalValues(tx, id));
}

/**
 * The stored local value with that code. A built-in code (HTCDS or Viet Nam) is refused in words of its
 * own: it is fixed, so that exports stay valid, and no request can change it.
 */
export async function findLocalValue(tx: Tx, builtIn: Vocabulary, code: string): Promise<LocalValueRow> {
  if (builtIn.codes.some((entry) => entry.code === code)) throw new AppError(400, 'local_value.fixed_code');
  const [row] = await tx
    .select()
    .from(vocabularyLocalValues)
    .where(and(eq(vocabularyLocalValues.vocabularyId, builtIn.id), eq(vocabularyLocalValues.code, code)));
  if (!row) throw notFound();
  return row;
}
