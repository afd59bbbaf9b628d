import type { RecordHolder } from '@lantern/domain';
import { Alert, Button, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import classes from './cases.module.css';

/** Who holds a record another agency keeps, as far as that agency lets itself be named. */
export function RecordHolderLine({ holder }: { holder: RecordHolder | null | undefined }) {
  const { t } = useTranslation();
  if (!holder) return null;
  const contact = [holder.contactPhone, holder.contactEmail].filter(Boolean).join(' · ');
  return (
    <Text size="sm" data-testid="record-holder">
      <Text span fw={600}>
        {t('coordination.holder.label')}:
      </Text>{' '}
      <span dir="auto">{holder.name}</span>
      {contact && (
        <>
          {' — '}
          <span className={classes.ltr}>{contact}</span>
        </>
      )}
    </Text>
  );
}

/**
 * "Request to coordinate": tells the holding agency's supervisors who is asking and how to reach them, with the
 * case code. The person's details stay where they are, on both sides.
 */
export function CoordinationRequestButton({ reference }: { reference: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [contact, setContact] = useState('');
  const [message, setMessage] = useState('');
  const send = useMutation({
    mutationFn: () =>
      api<{ status: 'sent' }>('/api/coordination-requests', {
        method: 'POST',
        body: { reference, contact: contact.trim(), message: message.trim() || undefined },
      }),
  });
  const fieldError = (field: string) =>
    send.error instanceof ApiError ? send.error.fieldError(field) : undefined;

  if (send.isSuccess)
    return (
      <Alert color="green" role="status" data-testid="coordination-sent">
        {t('coordination.request.sent')}
      </Alert>
    );
  if (!open)
    return (
      <Button
        variant="light"
        h={44}
        w="fit-content"
        onClick={() => setOpen(true)}
        data-testid="coordination-open"
      >
        {t('coordination.request.button')}
      </Button>
    );
  return (
    <Stack
      gap="xs"
      component="form"
      aria-label={t('coordination.request.title')}
      onSubmit={(event) => {
        event.preventDefault();
        send.mutate();
      }}
    >
      <Text size="sm">{t('coordination.request.explain')}</Text>
      <TextInput
        label={t('coordination.request.contact')}
        description={t('coordination.request.contactHint')}
        value={contact}
        onChange={(event) => setContact(event.currentTarget.value)}
        required
        minLength={3}
        maxLength={200}
        error={fieldError('contact')}
        data-testid="coordination-contact"
      />
      <Textarea
        label={t('coordination.request.message')}
        description={t('coordination.request.messageHint')}
        value={message}
        onChange={(event) => setMessage(event.currentTarget.value)}
        maxLength={500}
        autosize
        minRows={2}
        error={fieldError('message')}
      />
      {send.isError && !fieldError('contact') && !fieldError('message') && (
        <Alert color="red" role="alert">
          {send.error.message}
        </Alert>
      )}
      <Button type="submit" h={44} w="fit-content" loading={send.isPending} data-testid="coordination-send">
        {t('coordination.request.send')}
      </Button>
    </Stack>
  );
}
