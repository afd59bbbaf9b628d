import type { StoryReviewItem } from '@lantern/domain';
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeError, PartStatus } from '../cases/PartStatus';
import { EmptyState } from '../shared/ListStates';
import { PageHeader } from '../shared/PageHeader';
import { useFieldErrors } from '../shared/useFieldErrors';
import { IdentifyingHighlights } from './IdentifyingHighlights';
import { useDecideStory, useStoryReviewQueue } from './story-queries';

/** The reviewer's queue (#20): each submitted story with what still looks identifying, to approve or return. */
export function StoryReviewPage() {
  const { t } = useTranslation();
  const queue = useStoryReviewQueue();
  return (
    <Stack gap="md" maw={800}>
      <PageHeader title={t('voice.review.title')} />
      <PartStatus query={queue}>
        {queue.data &&
          (queue.data.items.length === 0 ? (
            <EmptyState>{t('voice.review.empty')}</EmptyState>
          ) : (
            queue.data.items.map((item) => <ReviewCard key={item.id} item={item} />)
          ))}
      </PartStatus>
    </Stack>
  );
}

function ReviewCard({ item }: { item: StoryReviewItem }) {
  const { t } = useTranslation();
  const decide = useDecideStory(item.id);
  const { errorOf } = useFieldErrors(decide.error);
  const [note, setNote] = useState('');
  return (
    <Paper withBorder p="md" data-testid="story-review-item">
      <Stack gap="sm">
        <Text style={{ whiteSpace: 'pre-wrap' }}>{item.text}</Text>
        <Text size="sm" c="dimmed">
          {item.themes.map((theme) => t(`voice.story.theme.${theme}`)).join(' · ')} —{' '}
          {item.consent.audiences.map((audience) => t(`voice.story.audience.${audience}`)).join(', ')}
        </Text>
        <IdentifyingHighlights text={item.text} onRedact={() => undefined} />
        <Textarea
          label={t('voice.review.note')}
          value={note}
          maxLength={2000}
          onChange={(event) => setNote(event.currentTarget.value)}
          error={errorOf('note')}
        />
        <ChangeError error={decide.error && !errorOf('note') ? decide.error : null} />
        <Group>
          <Button h={44} loading={decide.isPending} onClick={() => decide.mutate({ decision: 'approve' })}>
            {t('voice.review.approve')}
          </Button>
          <Button
            h={44}
            variant="default"
            loading={decide.isPending}
            onClick={() =>
              decide.mutate({ decision: 'return', ...(note.trim() ? { note: note.trim() } : {}) })
            }
          >
            {t('voice.review.return')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
