import { Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '../shared/PageHeader';
import { Section } from '../shared/Section';
import { DateField } from './DateField';
import { eraOfDay } from './dates';
import { emptyLocation, LocationPicker, type LocationValue } from './LocationPicker';
import { VocabularyBrowser } from './VocabularyBrowser';

/** Read-only reference data: administrative units on any day, and the shared code lists. */
export function ReferencePage() {
  const { t } = useTranslation();
  const [at, setAt] = useState<string | null>(null);
  const [location, setLocation] = useState<LocationValue>(() => emptyLocation(eraOfDay(null)));

  return (
    <Stack gap="lg" maw={880}>
      <PageHeader title={t('reference.title')} intro={t('reference.intro')} />

      <Section
        id="reference-location-title"
        title={t('reference.location.title')}
        intro={t('reference.location.intro')}
      >
        <DateField value={at} onChange={setAt} />
        <LocationPicker value={location} onChange={setLocation} at={at} />
      </Section>

      <Section
        id="reference-vocabulary-title"
        title={t('reference.vocabulary.title')}
        intro={t('reference.vocabulary.intro')}
      >
        <VocabularyBrowser />
      </Section>
    </Stack>
  );
}
