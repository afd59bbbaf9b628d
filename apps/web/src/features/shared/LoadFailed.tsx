import { Alert, Button, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/**
 * Something could not be read: say what the server said and offer to try again, in the same words and
 * place on every screen, so an officer on a weak connection learns one way back.
 */
export function LoadFailed({
  message,
  onRetry,
  title,
  gap = 'xs',
}: {
  message: string;
  onRetry: () => void;
  title?: string;
  gap?: 'xs' | 'sm';
}) {
  const { t } = useTranslation();
  return (
    <Alert color="red" role="alert" title={title}>
      <Stack gap={gap} align="flex-start">
        <Text>{message}</Text>
        <Button variant="light" onClick={onRetry}>
          {t('common.retry')}
        </Button>
      </Stack>
    </Alert>
  );
}
