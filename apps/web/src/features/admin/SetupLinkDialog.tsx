import { Alert, Button, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatTime, minutesUntil } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { CopyTextButton } from '../shell/CopyTextButton';
import type { SetupLink } from './queries';

interface SetupLinkDialogProps {
  link: SetupLink | null;
  user: { displayName: string; username: string } | null;
  /** True right after the account was created, false for a replacement link. */
  isNewAccount: boolean;
  onClose: () => void;
}

export function setupLinkUrl(token: string, origin = window.location.origin): string {
  return `${origin}/set-password?token=${encodeURIComponent(token)}`;
}

/**
 * The one-time link for a user to choose their password. It is shown here only, once: the administrator
 * hands it over in person or through a channel the agency trusts.
 */
export function SetupLinkDialog({ link, user, isNewAccount, onClose }: SetupLinkDialogProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const url = link ? setupLinkUrl(link.token) : '';
  return (
    <Modal
      opened={link !== null}
      onClose={onClose}
      title={isNewAccount ? t('admin.setupLink.createdTitle') : t('admin.setupLink.newTitle')}
      size="lg"
      closeOnClickOutside={false}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {link && user && (
        <Stack gap="md">
          <Text>
            {isNewAccount
              ? t('admin.setupLink.createdText', { name: user.displayName })
              : t('admin.setupLink.newText', { name: user.displayName })}
          </Text>
          <TextInput
            label={t('admin.setupLink.label')}
            value={url}
            readOnly
            dir="ltr"
            data-testid="setup-link"
            onFocus={(event) => event.currentTarget.select()}
          />
          <Group gap="sm">
            <CopyTextButton value={url} label={t('admin.setupLink.copy')} />
          </Group>
          <Alert color="orange" variant="outline">
            <Stack gap={4}>
              <Text size="sm" fw={600}>
                {t('admin.setupLink.expires', {
                  time: formatTime(link.expiresAt, locale),
                  minutes: minutesUntil(link.expiresAt),
                })}
              </Text>
              <Text size="sm">{t('admin.setupLink.handOver')}</Text>
              <Text size="sm">{t('admin.setupLink.nextSteps', { username: user.username })}</Text>
            </Stack>
          </Alert>
          <Group justify="flex-end">
            <Button onClick={onClose}>{t('common.done')}</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
