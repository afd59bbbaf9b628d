import type { FeedbackText } from '@lantern/domain';
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ErrorAlert } from '../shared/Alerts';
import { Panel } from '../shared/Panel';
import { serviceLabel } from './status-labels';

/**
 * The screening queue of free text: a reviewer clears a comment as written or rewrites it without the names,
 * places and numbers that could identify someone. Only screened text is shown as the agency's feedback.
 */
export function FeedbackTexts() {
  const { t } = useTranslation();
  const pending = useQuery({
    queryKey: ['feedback', 'texts', 'pending'],
    queryFn: () => api<{ items: FeedbackText[] }>('/api/feedback/texts?status=pending'),
  });
  return (
    <Panel title={t('feedback.texts.title')}>
      <Text size="sm">{t('feedback.texts.intro')}</Text>
      <ErrorAlert message={pending.error?.message} />
      {pending.data?.items.length === 0 && <Text>{t('feedback.texts.none')}</Text>}
      {pending.data?.items.map((item) => (
        <PendingText key={item.id} item={item} />
      ))}
    </Panel>
  );
}

function PendingText({ item }: { item: FeedbackText }) {
  const { t, i18n } = useTranslation();
  const client = useQueryClient();
  const [redaction, setRedaction] = useState(item.text);
  const screen = useMutation({
    mutationFn: (decision: 'cleared' | 'redacted') =>
      api(`/api/feedback/texts/${item.id}/screening`, {
        method: 'POST',
        body: decision === 'redacted' ? { decision, redaction } : { decision },
      }),
    onSuccess: () => void client.invalidateQueries({ queryKey: ['feedback', 'texts'] }),
  });
  return (
    <Paper withBorder p="sm">
      <Stack gap="xs">
        <Text size="sm">
          {serviceLabel(item.serviceType, i18n.language, t)} — {item.month}
        </Text>
        <Textarea
          label={t('feedback.texts.text')}
          value={redaction}
          onChange={(event) => setRedaction(event.currentTarget.value)}
          autosize
        />
        <ErrorAlert message={screen.error?.message} />
        <Group gap="sm">
          <Button
            h={44}
            variant="default"
            onClick={() => screen.mutate('cleared')}
            disabled={redaction !== item.text}
          >
            {t('feedback.texts.clear')}
          </Button>
          <Button h={44} onClick={() => screen.mutate('redacted')} disabled={redaction === item.text}>
            {t('feedback.texts.redact')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
