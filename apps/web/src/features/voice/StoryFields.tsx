import { storyThemes } from '@lantern/domain';
import { MultiSelect, Textarea } from '@mantine/core';
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
      <MultiSelect
        size="md"
        label={t('voice.story.themes')}
        data={storyThemes.map((theme) => ({ value: theme, label: t(`voice.story.theme.${theme}`) }))}
        value={themes}
        onChange={onThemes}
        error={errorOf('themes')}
      />
    </>
  );
}
