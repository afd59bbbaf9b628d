import { detectIdentifyingDetails, redactDetails } from '@lantern/domain';
import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * What in the story could identify someone, found as the worker types (the same pure function the server
 * runs): the text with each finding marked, the list of findings by kind, and one button to replace them all.
 */
export function IdentifyingHighlights({
  text,
  onRedact,
}: {
  text: string;
  onRedact: (text: string) => void;
}) {
  const { t } = useTranslation();
  const details = useMemo(() => detectIdentifyingDetails(text), [text]);
  if (details.length === 0)
    return (
      <Text size="sm" c="teal.9" data-testid="story-clean">
        {t('voice.story.clean')}
      </Text>
    );
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const detail of details) {
    parts.push(text.slice(at, detail.start));
    parts.push(
      <mark key={detail.start} title={t(`voice.story.kind.${detail.kind}`)}>
        {detail.text}
      </mark>,
    );
    at = detail.end;
  }
  parts.push(text.slice(at));
  return (
    <Alert color="yellow" data-testid="story-highlights">
      <Stack gap="xs">
        <Text size="sm" fw={600}>
          {t('voice.story.found', { count: details.length })}
        </Text>
        <Group gap="xs">
          {details.map((detail) => (
            <Text size="sm" key={detail.start} data-testid="story-finding">
              <mark>{detail.text}</mark> ({t(`voice.story.kind.${detail.kind}`)})
            </Text>
          ))}
        </Group>
        <Paper p="xs" withBorder>
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {parts}
          </Text>
        </Paper>
        <Button
          variant="default"
          h={44}
          style={{ alignSelf: 'flex-start' }}
          onClick={() => onRedact(redactDetails(text, details, () => '[...]'))}
        >
          {t('voice.story.redactAll')}
        </Button>
      </Stack>
    </Alert>
  );
}
