import { Alert, Button, Group, Modal, Stack, Text, Textarea } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { breakGlass, caseKeys } from './queries';

const MIN_REASON = 20;

interface BreakGlassDialogProps {
  caseId: string;
  opened: boolean;
  onClose: () => void;
  onGranted: () => void;
}

/**
 * Break-the-glass: a deliberate, explained step. The reason is written in full, the access lasts a few hours,
 * and the owning agency's supervisors are told.
 */
export function BreakGlassDialog({ caseId, opened, onClose, onGranted }: BreakGlassDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const grant = useMutation({
    mutationFn: () => breakGlass(caseId, reason.trim()),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: caseKeys.detail(caseId) });
      onGranted();
    },
  });

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('casesWeb.breakGlass.title')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
      size="lg"
    >
      <Stack gap="md">
        <Text>{t('casesWeb.breakGlass.explain')}</Text>
        <Textarea
          label={t('casesWeb.breakGlass.reason')}
          description={t('casesWeb.breakGlass.reasonHelp', { minimum: MIN_REASON })}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={tooShort ? t('errors.field.too_short', { minimum: MIN_REASON }) : undefined}
          autosize
          minRows={3}
          required
        />
        {grant.isError && (
          <Alert color="red" role="alert">
            {grant.error.message}
          </Alert>
        )}
        {grant.data && (
          <Alert color="teal" role="status">
            {t('casesWeb.breakGlass.granted', {
              time: formatDateTime(grant.data.expiresAt, currentLocale()),
            })}
          </Alert>
        )}
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button
            color="red"
            loading={grant.isPending}
            onClick={() => {
              const short = reason.trim().length < MIN_REASON;
              setTooShort(short);
              if (!short) grant.mutate();
            }}
          >
            {t('casesWeb.breakGlass.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
