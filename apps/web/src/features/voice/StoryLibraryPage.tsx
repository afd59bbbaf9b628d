import { storyThemes } from '@lantern/domain';
import { Paper, Select, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PartStatus } from '../cases/PartStatus';
import { formatDayMonthYear } from '../reference/dates';
import { EmptyState } from '../shared/ListStates';
import { PageHeader } from '../shared/PageHeader';
import { useStoryLibrary } from './story-queries';

/** Approved stories for policy and programme users (#20), by theme; nothing leads back to a case. */
export function StoryLibraryPage() {
  const { t } = useTranslation();
  const [theme, setTheme] = useState<string | null>(null);
  const library = useStoryLibrary(theme);
  return (
    <Stack gap="md" maw={800}>
      <PageHeader title={t('voice.library.title')} intro={t('voice.library.intro')} />
      <Select
        label={t('voice.library.theme')}
        placeholder={t('voice.library.all')}
        data={storyThemes.map((value) => ({ value, label: t(`voice.story.theme.${value}`) }))}
        value={theme}
        onChange={setTheme}
        clearable
        maw={360}
      />
      <PartStatus query={library}>
        {library.data &&
          (library.data.items.length === 0 ? (
            <EmptyState>{t('voice.library.empty')}</EmptyState>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {library.data.items.map((story) => (
                <Paper component="li" withBorder p="md" key={story.id} data-testid="story">
                  <Text style={{ whiteSpace: 'pre-wrap' }}>{story.text}</Text>
                  <Text size="sm" c="dimmed" mt="xs">
                    {story.themes.map((value) => t(`voice.story.theme.${value}`)).join(' · ')} ·{' '}
                    <bdi>{t('voice.library.published', { date: formatDayMonthYear(story.publishedOn) })}</bdi>
                  </Text>
                </Paper>
              ))}
            </Stack>
          ))}
      </PartStatus>
    </Stack>
  );
}
