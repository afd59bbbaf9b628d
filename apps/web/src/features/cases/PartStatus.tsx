import { Alert, Button, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { CardList, EmptyState } from '../shared/ListStates';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';

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
    return <LoadingSkeleton gap="sm" blocks={[{ height: 28, width: '40%' }, { height: 96 }]} />;
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

/**
 * One part of a case that is a list (notes, tasks, consents, shares): loading and failure as above, a
 * sentence when the list is empty, else one card per entry. `items` is the list as shown, when the part
 * orders it differently from the server.
 */
export function PartList<T>({
  query,
  items = query.data ?? [],
  empty,
  children,
}: {
  query: PartQuery & { data: readonly T[] | undefined };
  items?: readonly T[];
  empty: string;
  children: (item: T) => ReactNode;
}) {
  return (
    <PartStatus query={query}>
      {query.data && query.data.length === 0 && <EmptyState>{empty}</EmptyState>}
      <CardList gap="sm">{items.map(children)}</CardList>
    </PartStatus>
  );
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
