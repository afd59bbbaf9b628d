import type { StoryDraft, UpdateStoryDraftInput } from '@lantern/domain';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeError, PartStatus } from '../cases/PartStatus';
import { useFieldErrors } from '../shared/useFieldErrors';
import { ToneBadge } from '../shell/ToneBadge';
import { NewStoryForm } from './NewStoryForm';
import { StoryFields } from './StoryFields';
import { useCaseStories, useSubmitStory, useUpdateStory, useWithdrawStories } from './story-queries';

/**
 * The survivor's stories on their case (#20), for the owning agency's workers: drafts with their highlights,
 * a new story with its consent, and withdrawal of every story when the survivor asks.
 */
export function CaseStoriesPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const stories = useCaseStories(caseId);
  const withdraw = useWithdrawStories(caseId);
  const [adding, setAdding] = useState(false);
  const published = stories.data?.published ?? 0;
  const hasAny = published > 0 || (stories.data?.drafts.length ?? 0) > 0;
  return (
    <Stack gap="sm" component="section" aria-labelledby="case-stories" data-testid="case-stories">
      <Title order={3} size="h5" id="case-stories">
        {t('voice.story.title')}
      </Title>
      <Text size="sm">{t('voice.story.intro')}</Text>
      <PartStatus query={stories}>
        {stories.data && (
          <Stack gap="sm">
            {published > 0 && <Text size="sm">{t('voice.story.published', { count: published })}</Text>}
            {stories.data.drafts.map((draft) => (
              <DraftCard key={draft.id} draft={draft} />
            ))}
          </Stack>
        )}
      </PartStatus>
      {withdraw.data && (
        <Alert color="teal" role="status">
          {t('voice.story.withdrawn', { count: withdraw.data.removed })}
        </Alert>
      )}
      <ChangeError error={withdraw.error} />
      {adding ? (
        <NewStoryForm caseId={caseId} onDone={() => setAdding(false)} />
      ) : (
        <Group>
          <Button h={44} variant="default" onClick={() => setAdding(true)}>
            {t('voice.story.new')}
          </Button>
          {hasAny && (
            <Button
              h={44}
              color="red"
              variant="outline"
              loading={withdraw.isPending}
              onClick={() => withdraw.mutate(undefined)}
            >
              {t('voice.story.withdraw')}
            </Button>
          )}
        </Group>
      )}
    </Stack>
  );
}

function DraftCard({ draft }: { draft: StoryDraft }) {
  const { t } = useTranslation();
  const update = useUpdateStory(draft.id);
  const submit = useSubmitStory(draft.id);
  const { errorOf } = useFieldErrors(update.error);
  const [text, setText] = useState(draft.text);
  const [themes, setThemes] = useState<string[]>(draft.themes);
  const editable = draft.status !== 'submitted';
  const changed = text !== draft.text || themes.join() !== draft.themes.join();
  const input = (): UpdateStoryDraftInput => ({
    text: text.trim(),
    themes: themes as UpdateStoryDraftInput['themes'],
  });
  return (
    <Paper withBorder p="md" data-testid="story-draft">
      <Stack gap="sm">
        <ToneBadge
          tone={draft.status === 'returned' ? 'warning' : 'info'}
          size="md"
          style={{ alignSelf: 'flex-start' }}
        >
          {t(`voice.story.status.${draft.status}`)}
        </ToneBadge>
        {draft.reviewerNote && draft.status === 'returned' && (
          <Text size="sm">{t('voice.story.reviewerNote', { note: draft.reviewerNote })}</Text>
        )}
        {editable ? (
          <>
            <StoryFields
              text={text}
              themes={themes}
              onText={setText}
              onThemes={setThemes}
              errorOf={errorOf}
            />
            <ChangeError error={update.error ?? submit.error} />
            <Group>
              <Button
                h={44}
                variant="default"
                disabled={!changed}
                loading={update.isPending}
                onClick={() => update.mutate(input())}
              >
                {t('voice.story.saveDraft')}
              </Button>
              <Button
                h={44}
                disabled={changed}
                loading={submit.isPending}
                onClick={() => submit.mutate(undefined)}
              >
                {t('voice.story.submit')}
              </Button>
            </Group>
          </>
        ) : (
          <Text style={{ whiteSpace: 'pre-wrap' }}>{draft.text}</Text>
        )}
      </Stack>
    </Paper>
  );
}
