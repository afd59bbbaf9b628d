import { Alert, Button, Skeleton, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';

interface PartQuery {
  isPending: boolean;
  isError: boolean;
  error: Error | null;
  refetch: () => unknown;
}

/**
 * Loading and failure of one part of a case page, calmly: a part that cannot be read (not available yet,
 * not open to this user, no connection) says so in words, with a way to try again; the rest of the page works.
 */
export function PartStatus({ query, children }: { query: PartQuery; children: ReactNode }) {
  const { t } = useTranslation();
  if (query.isPending)
    return (
      <Stack gap="sm" role="status" aria-label={t('common.loading')}>
        <Skeleton height={28} width="40%" />
        <Skeleton height={96} />
      </Stack>
    );
  if (query.isError) {
    const error = query.error;
    const status = error instanceof ApiError ? error.status : 0;
    const title =
      status === 403
        ? t('casesWeb.part.forbidden')
        : status === 404 || status === 405 || status === 501
          ? t('casesWeb.part.unavailable')
          : t('casesWeb.part.failed');
    return (
      <Alert color="gray" variant="light" title={title} role="status" data-testid="part-unavailable">
        <Stack gap="xs" align="flex-start">
          {error?.message && <Text size="sm">{error.message}</Text>}
          <Button variant="default" h={44} onClick={() => void query.refetch()}>
            {t('common.retry')}
          </Button>
        </Stack>
      </Alert>
    );
  }
  return <>{children}</>;
}

/** A change that failed: the server's words, kept next to the form with everything typed still there. */
export function ChangeError({ error }: { error: Error | null }) {
  if (!error) return null;
  const details = error instanceof ApiError ? error.details : [];
  return (
    <Alert color="red" role="alert">
      <Text size="sm">{error.message}</Text>
      {details.length > 0 && (
        <Text size="sm" mt={4}>
          {[...new Set(details.map((detail) => detail.message))].join(' ')}
        </Text>
      )}
    </Alert>
  );
}
