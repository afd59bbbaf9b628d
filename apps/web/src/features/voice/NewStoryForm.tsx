import { type CreateStoryDraftInput, storyAudiences } from '@lantern/domain';
import { Button, Checkbox, Group, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeError } from '../cases/PartStatus';
import { todayInVietNam } from '../reference/dates';
import { useFieldErrors } from '../shared/useFieldErrors';
import { StoryFields } from './StoryFields';
import { useCreateStory } from './story-queries';

/** A new story: first the consent (purpose, readers, how to withdraw), then the words and themes. */
export function NewStoryForm({ caseId, onDone }: { caseId: string; onDone: () => void }) {
  const { t } = useTranslation();
  const create = useCreateStory(caseId);
  const { errorOf } = useFieldErrors(create.error);
  const [purpose, setPurpose] = useState('');
  const [audiences, setAudiences] = useState<string[]>([]);
  const [withdrawalContact, setWithdrawalContact] = useState('');
  const [obtainedOn, setObtainedOn] = useState(todayInVietNam());
  const [text, setText] = useState('');
  const [themes, setThemes] = useState<string[]>([]);
  const save = () =>
    create.mutate(
      {
        consent: {
          purpose: purpose.trim(),
          audiences: audiences as CreateStoryDraftInput['consent']['audiences'],
          withdrawalContact: withdrawalContact.trim(),
          obtainedOn,
        },
        text: text.trim(),
        themes: themes as CreateStoryDraftInput['themes'],
      },
      { onSuccess: onDone },
    );
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="new-story-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          save();
        }}
        noValidate
      >
        <Stack gap="md">
          <Title order={4} id="new-story-title">
            {t('voice.story.new')}
          </Title>
          <TextInput
            size="md"
            label={t('voice.story.purpose')}
            value={purpose}
            maxLength={500}
            onChange={(event) => setPurpose(event.currentTarget.value)}
            error={errorOf('consent.purpose')}
          />
          <Checkbox.Group
            label={t('voice.story.audiences')}
            value={audiences}
            onChange={setAudiences}
            error={errorOf('consent.audiences')}
          >
            <Group mt="xs">
              {storyAudiences.map((audience) => (
                <Checkbox key={audience} value={audience} label={t(`voice.story.audience.${audience}`)} />
              ))}
            </Group>
          </Checkbox.Group>
          <TextInput
            size="md"
            label={t('voice.story.withdrawalContact')}
            value={withdrawalContact}
            maxLength={200}
            onChange={(event) => setWithdrawalContact(event.currentTarget.value)}
            error={errorOf('consent.withdrawalContact')}
          />
          <TextInput
            size="md"
            type="date"
            label={t('voice.story.obtainedOn')}
            value={obtainedOn}
            onChange={(event) => setObtainedOn(event.currentTarget.value)}
            error={errorOf('consent.obtainedOn')}
          />
          <StoryFields text={text} themes={themes} onText={setText} onThemes={setThemes} errorOf={errorOf} />
          <ChangeError error={create.error} />
          <Group>
            <Button type="submit" h={44} loading={create.isPending}>
              {t('voice.story.saveDraft')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
