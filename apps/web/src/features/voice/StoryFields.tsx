import { storyThemes } from '@lantern/domain';
import { Checkbox, SimpleGrid, Textarea } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { IdentifyingHighlights } from './IdentifyingHighlights';

/** The story's words with their highlights, and its themes: shared by the new-story form and the draft editor. */
export function StoryFields({
  text,
  themes,
  onText,
  onThemes,
  errorOf,
}: {
  text: string;
  themes: string[];
  onText: (text: string) => void;
  onThemes: (themes: string[]) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <>
      <Textarea
        size="md"
        label={t('voice.story.text')}
        value={text}
        maxLength={20000}
        autosize
        minRows={6}
        onChange={(event) => onText(event.currentTarget.value)}
        error={errorOf('text')}
        data-testid="story-text"
      />
      <IdentifyingHighlights text={text} onRedact={onText} />
      <Checkbox.Group
        label={t('voice.story.themes')}
        value={themes}
        onChange={onThemes}
        error={errorOf('themes')}
      >
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs" mt="xs">
          {storyThemes.map((theme) => (
            <Checkbox key={theme} value={theme} label={t(`voice.story.theme.${theme}`)} />
          ))}
        </SimpleGrid>
      </Checkbox.Group>
    </>
  );
}
