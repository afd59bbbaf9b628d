import { compactKey, tokens } from '@lantern/domain';
import type { ComboboxItem, ComboboxParsedItem, OptionsFilter } from '@mantine/core';

/** What a user may type for an option: its label and any other names (Vietnamese, English, aliases). */
export type SearchTexts = ReadonlyMap<string, readonly string[]>;

interface Key {
  compact: string;
  words: string[];
}

const keyOf = (text: string): Key => ({
  compact: compactKey(text),
  words: tokens(text),
});

/**
 * How well one name matches what was typed, without regard to diacritics, đ, tone-mark placement or
 * spacing: 4 the whole name, 3 its beginning, 2 a phrase starting at one of its words ("ha tinh" in
 * "Tỉnh Hà Tĩnh"), 1 every typed word starting some word of the name; 0 no match. Letters inside a
 * word do not count ("ha" does not find "Thái Nguyên"), which keeps short searches useful.
 */
export function matchStrength(name: string, query: string): number {
  const wanted = keyOf(query);
  if (wanted.compact === '') return 0;
  const candidate = keyOf(name);
  if (candidate.compact === wanted.compact) return 4;
  if (candidate.compact.startsWith(wanted.compact)) return 3;
  const fromWord = candidate.words.map((_, start) => candidate.words.slice(start).join(''));
  if (fromWord.some((rest) => rest.startsWith(wanted.compact))) return 2;
  const allWords = wanted.words.every((word) => candidate.words.some((other) => other.startsWith(word)));
  return allWords ? 1 : 0;
}

const isItem = (option: ComboboxParsedItem): option is ComboboxItem => 'value' in option;

/**
 * A Mantine options filter that finds "Hà Tĩnh" from "ha tinh" and "Đống Đa" from "dong da", best
 * matches first (then in the list's own order).
 */
export function foldedOptionsFilter(texts: SearchTexts): OptionsFilter<string> {
  return ({ options, search, limit }) => {
    if (compactKey(search) === '') return options.slice(0, limit);
    const scored: Array<{ option: ComboboxItem; strength: number; index: number }> = [];
    options.forEach((option, index) => {
      if (!isItem(option)) return;
      const names = [option.label, ...(texts.get(option.value) ?? [])];
      const strength = Math.max(...names.map((name) => matchStrength(name, search)));
      if (strength > 0) scored.push({ option, strength, index });
    });
    scored.sort((a, b) => b.strength - a.strength || a.index - b.index);
    return scored.slice(0, limit).map((entry) => entry.option);
  };
}
