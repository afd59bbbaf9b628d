import { type BreakGlassCategory, breakGlassCategories } from '@lantern/domain';
import { Alert, Button, Group, Modal, Radio, Stack, Text, Textarea } from '@mantine/core';
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
 * Break-the-glass: a deliberate, explained step. A category (all the audit trail keeps) and the reason in
 * full (sealed; the owning agency's supervisors read it), the access lasts a few hours.
 */
export function BreakGlassDialog({ caseId, opened, onClose, onGranted }: BreakGlassDialogProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [reason, setReason] = useState('');
  const [tooShort, setTooShort] = useState(false);
  const [category, setCategory] = useState<BreakGlassCategory | null>(null);
  const [noCategory, setNoCategory] = useState(false);
  const grant = useMutation({
    mutationFn: () => breakGlass(caseId, reason.trim(), category as BreakGlassCategory),
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
        <Radio.Group
          label={t('consentSharing.breakGlass.category')}
          value={category}
          onChange={(value) => setCategory(value as BreakGlassCategory)}
          error={noCategory ? t('consentSharing.breakGlass.categoryRequired') : undefined}
          required
        >
          <Stack gap="xs" mt="xs">
            {breakGlassCategories.map((code) => (
              <Radio key={code} value={code} label={t(`consentSharing.breakGlass.categories.${code}`)} />
            ))}
          </Stack>
        </Radio.Group>
        <Textarea
          label={t('casesWeb.breakGlass.reason')}
          description={`${t('casesWeb.breakGlass.reasonHelp', { minimum: MIN_REASON })} ${t('consentSharing.breakGlass.reasonSealed')}`}
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
              setNoCategory(category === null);
              if (!short && category !== null) grant.mutate();
            }}
          >
            {t('casesWeb.breakGlass.confirm')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
