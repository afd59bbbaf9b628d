import { z } from 'zod';
import { supportedLocales } from '../i18n/locales';

/**
 * Where a code comes from. HTCDS codes are the standard's own value names and never change, so that
 * exports stay valid; `gso` codes are the numeric codes of a national list of the General Statistics
 * Office, unchanged, so that records compare with censuses and other registers; `vn` codes are Lantern's
 * Viet Nam extensions ("vn." prefix); `local` codes are added by an administrator at run time ("local."
 * prefix) and live in the database.
 */
export const vocabularyNamespaces = ['htcds', 'gso', 'vn', 'local'] as const;
export type VocabularyNamespace = (typeof vocabularyNamespaces)[number];

const PREFIX: Record<VocabularyNamespace, string> = { htcds: '', gso: '', vn: 'vn.', local: 'local.' };
const CODE_PATTERN: Record<VocabularyNamespace, RegExp> = {
  htcds: /^[A-Za-z0-9][A-Za-z0-9_]*$/,
  gso: /^[0-9]{2}$/,
  vn: /^vn\.[A-Za-z][A-Za-z0-9_]*$/,
  local: /^local\.[A-Za-z][A-Za-z0-9_-]*$/,
};

const label = z.string().trim().min(1, { message: 'label must not be empty' });
export const labelsSchema = z.object(
  Object.fromEntries(supportedLocales.map((locale) => [locale, label])) as {
    [K in (typeof supportedLocales)[number]]: typeof label;
  },
);
export type Labels = z.infer<typeof labelsSchema>;

export const vocabularyCodeSchema = z
  .object({
    code: z.string(),
    namespace: z.enum(vocabularyNamespaces),
    labels: labelsSchema,
    description: labelsSchema.partial().optional(),
    /** For a `vn` or `local` code in an HTCDS list: the HTCDS code it is exported as. */
    htcdsExport: z.string().optional(),
    /** The CTDC variable the code counts towards, where Lantern maps one. */
    ctdc: z.string().optional(),
  })
  .refine((value) => CODE_PATTERN[value.namespace].test(value.code), {
    message: 'code does not have the form its namespace requires',
    path: ['code'],
  });
export type VocabularyCode = z.infer<typeof vocabularyCodeSchema>;

export const vocabularySchema = z
  .object({
    id: z.string().regex(/^[a-z][a-z0-9-]*$/),
    source: z.enum(['htcds', 'vn']),
    labels: labelsSchema,
    /** The HTCDS fields that take their values from this list. */
    htcdsFields: z.array(z.string()),
    /** Whether a record may hold several codes (an HTCDS multiselect picklist). */
    multiple: z.boolean(),
    codes: z.array(vocabularyCodeSchema).min(1),
  })
  .superRefine((vocabulary, context) => {
    const seen = new Set<string>();
    const htcdsCodes = new Set(vocabulary.codes.filter((c) => c.namespace === 'htcds').map((c) => c.code));
    for (const [index, entry] of vocabulary.codes.entries()) {
      const key = entry.code.toLowerCase();
      if (seen.has(key))
        context.addIssue({ code: 'custom', message: `duplicate code ${entry.code}`, path: ['codes', index] });
      seen.add(key);
      if (entry.htcdsExport !== undefined && !htcdsCodes.has(entry.htcdsExport)) {
        context.addIssue({
          code: 'custom',
          message: `${entry.code} is exported as ${entry.htcdsExport}, which is not an HTCDS code of this list`,
          path: ['codes', index, 'htcdsExport'],
        });
      }
    }
    if (vocabulary.source === 'vn' && (htcdsCodes.size > 0 || vocabulary.htcdsFields.length > 0)) {
      context.addIssue({ code: 'custom', message: 'a Viet Nam vocabulary has no HTCDS codes or fields' });
    }
  });
export type Vocabulary = z.infer<typeof vocabularySchema>;

type Extra = Pick<VocabularyCode, 'description' | 'htcdsExport' | 'ctdc'>;

/** An HTCDS value: the standard's value name, unchanged, with Lantern's three labels. */
export function htcds(code: string, vi: string, en: string, ar: string, extra: Extra = {}): VocabularyCode {
  return { code, namespace: 'htcds', labels: { vi, en, ar }, ...extra };
}

/** A code of a General Statistics Office list, as the office writes it ("08"). */
export function gso(code: string, vi: string, en: string, ar: string, extra: Extra = {}): VocabularyCode {
  return { code, namespace: 'gso', labels: { vi, en, ar }, ...extra };
}

/** A Viet Nam extension; the "vn." prefix is added here. */
export function vn(name: string, vi: string, en: string, ar: string, extra: Extra = {}): VocabularyCode {
  return { code: `${PREFIX.vn}${name}`, namespace: 'vn', labels: { vi, en, ar }, ...extra };
}

/** The part of a code after its namespace prefix ("vn.Zalo" → "Zalo"). */
export function codeName(entry: Pick<VocabularyCode, 'code' | 'namespace'>): string {
  return entry.code.slice(PREFIX[entry.namespace].length);
}
