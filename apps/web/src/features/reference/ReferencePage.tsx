import { Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
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
      <Stack gap="xs">
        <Title order={1}>{t('reference.title')}</Title>
        <Text>{t('reference.intro')}</Text>
      </Stack>

      <Paper withBorder p="md" component="section" aria-labelledby="reference-location-title">
        <Stack gap="md">
          <Title order={2} id="reference-location-title" size="h3">
            {t('reference.location.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reference.location.intro')}
          </Text>
          <DateField value={at} onChange={setAt} />
          <LocationPicker value={location} onChange={setLocation} at={at} />
        </Stack>
      </Paper>

      <Paper withBorder p="md" component="section" aria-labelledby="reference-vocabulary-title">
        <Stack gap="md">
          <Title order={2} id="reference-vocabulary-title" size="h3">
            {t('reference.vocabulary.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('reference.vocabulary.intro')}
          </Text>
          <VocabularyBrowser />
        </Stack>
      </Paper>
    </Stack>
  );
}
