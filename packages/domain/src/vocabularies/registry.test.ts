import { describe, expect, it } from 'vitest';
import { supportedLocales } from '../i18n/locales';
import { compactKey } from '../text/fold';
import {
  htcdsExportCode,
  isKnownCode,
  isVocabularyId,
  labelOf,
  vocabularies,
  vocabularyIds,
} from './registry';
import { type Vocabulary, vocabularySchema } from './types';

const all: Array<[string, Vocabulary]> = Object.entries(vocabularies);

describe('every vocabulary', () => {
  it.each(all)('%s satisfies the schema and is registered under its id', (id, vocabulary) => {
    expect(vocabularySchema.safeParse(vocabulary).error?.issues ?? []).toEqual([]);
    expect(vocabulary.id).toBe(id);
  });

  it('labels every code, and every vocabulary, in vi, en and ar', () => {
    const missing: string[] = [];
    for (const [id, vocabulary] of all) {
      for (const locale of supportedLocales) {
        if (!vocabulary.labels[locale]?.trim()) missing.push(`${id} (${locale})`);
        for (const entry of vocabulary.codes) {
          if (!entry.labels[locale]?.trim()) missing.push(`${id}.${entry.code} (${locale})`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  it.each(all)('%s has unique codes and, in each language, unique labels', (_id, vocabulary) => {
    const codes = vocabulary.codes.map((entry) => entry.code.toLowerCase());
    expect(new Set(codes).size).toBe(codes.length);
    for (const locale of supportedLocales) {
      const labels = vocabulary.codes.map((entry) => compactKey(entry.labels[locale]));
      expect(new Set(labels).size, locale).toBe(labels.length);
    }
  });

  it('keeps the namespaces apart: HTCDS lists may carry vn codes, vn lists carry no HTCDS codes', () => {
    for (const [id, vocabulary] of all) {
      for (const entry of vocabulary.codes) {
        expect(entry.namespace === 'vn', `${id}.${entry.code}`).toBe(entry.code.startsWith('vn.'));
        expect(entry.namespace).not.toBe('local');
      }
      if (vocabulary.source === 'vn')
        expect(vocabulary.codes.every((entry) => entry.namespace !== 'htcds')).toBe(true);
      // A statistics office's codes are a national list of their own, never mixed into an HTCDS list.
      if (vocabulary.source === 'htcds')
        expect(vocabulary.codes.every((entry) => entry.namespace !== 'gso')).toBe(true);
    }
  });

  it('lists "Other" last wherever a list has it', () => {
    for (const [, vocabulary] of all) {
      const index = vocabulary.codes.findIndex((entry) => entry.code === 'Other');
      if (index >= 0) expect(index).toBe(vocabulary.codes.length - 1);
    }
  });
});

describe('the schema', () => {
  it('rejects a code with a missing or blank label', () => {
    const broken = {
      ...vocabularies['case-status'],
      codes: [{ code: 'Active', namespace: 'htcds', labels: { vi: 'Đang hỗ trợ', en: 'Active', ar: '  ' } }],
    };
    expect(vocabularySchema.safeParse(broken).success).toBe(false);
    const missing = {
      ...broken,
      codes: [{ code: 'Active', namespace: 'htcds', labels: { vi: 'x', en: 'y' } }],
    };
    expect(vocabularySchema.safeParse(missing).success).toBe(false);
  });

  it('rejects duplicate codes and a code in the wrong namespace form', () => {
    const [active] = vocabularies['case-status'].codes;
    expect(
      vocabularySchema.safeParse({ ...vocabularies['case-status'], codes: [active, active] }).success,
    ).toBe(false);
    const unprefixed = { ...active, code: 'Zalo', namespace: 'vn' };
    expect(vocabularySchema.safeParse({ ...vocabularies['case-status'], codes: [unprefixed] }).success).toBe(
      false,
    );
  });
});

describe('look-ups', () => {
  it('labels codes in the chosen language', () => {
    expect(labelOf('exploitation-type', 'ForcedLabour', 'vi')).toBe('Cưỡng bức lao động');
    expect(labelOf('exploitation-type', 'ForcedLabour', 'en')).toBe('Forced labour');
    expect(labelOf('exploitation-type', 'ForcedLabour', 'ar')).toBe('العمل القسري');
    expect(labelOf('online-platform', 'vn.Zalo', 'ar')).toBe('زالو');
    expect(labelOf('online-platform', 'Myspace', 'en')).toBeUndefined();
  });

  it('knows its codes and ids', () => {
    expect(isKnownCode('online-platform', 'vn.Zalo')).toBe(true);
    expect(isKnownCode('online-platform', 'Zalo')).toBe(false);
    expect(isKnownCode('exploitation-type', 'vn.ForcedOnlineScam')).toBe(true);
    expect(isVocabularyId('gender')).toBe(true);
    expect(isVocabularyId('toString')).toBe(false);
    expect(vocabularyIds).toHaveLength(all.length);
  });

  it('exports Viet Nam codes as their HTCDS equivalent, or Other, or not at all', () => {
    expect(htcdsExportCode(vocabularies['online-platform'], 'Telegram')).toBe('Telegram');
    expect(htcdsExportCode(vocabularies['online-platform'], 'vn.Zalo')).toBe('Other');
    expect(htcdsExportCode(vocabularies['organisation-type'], 'vn.BorderGuard')).toBe('LawEnforcement');
    expect(htcdsExportCode(vocabularies['education-level'], 'vn.NoFormalEducation')).toBeUndefined();
    expect(htcdsExportCode(vocabularies['vn-support-regime'], 'vn.LegalAid')).toBeUndefined();
    expect(htcdsExportCode(vocabularies['online-platform'], 'Myspace')).toBeUndefined();
  });
});
