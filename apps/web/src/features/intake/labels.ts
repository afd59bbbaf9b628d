import {
  type ContactTerm,
  contactCallerTerms,
  contactChannelTerms,
  contactOutcomeTerms,
  contactTermLabel,
  type Locale,
  screeningNeeds,
} from '@lantern/domain';

type Terms = readonly ContactTerm<string>[];
const vocabularies = {
  channel: contactChannelTerms as Terms,
  caller: contactCallerTerms as Terms,
  outcome: contactOutcomeTerms as Terms,
};

/** A contact code's words in the reader's language (the vocabulary lives in @lantern/domain). */
export const contactLabel = (kind: keyof typeof vocabularies, code: string, locale: Locale) =>
  contactTermLabel(vocabularies[kind], code, locale);

export const contactOptions = (kind: keyof typeof vocabularies, locale: Locale) =>
  vocabularies[kind].map((entry) => ({ value: entry.code, label: entry.labels[locale] }));

export const needLabel = (id: string, locale: Locale) =>
  screeningNeeds.find((need) => need.id === id)?.labels[locale] ?? id;

export const needOptions = (locale: Locale) =>
  screeningNeeds.map((need) => ({ value: need.id, label: need.labels[locale] }));
