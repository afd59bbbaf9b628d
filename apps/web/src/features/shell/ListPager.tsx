import { Button, Group, Text } from '@mantine/core';
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * One page of a list held in the browser (agencies, users): a national installation has hundreds of each, and
 * a table of all of them is slow to draw and hard to read. Any change of the filters goes back to page one.
 */
export function usePage<T>(items: readonly T[], size: number, resetWhen: unknown[]) {
  const [page, setPage] = useState(1);
  // biome-ignore lint/correctness/useExhaustiveDependencies: the caller names what resets the page
  useEffect(() => setPage(1), resetWhen);
  const pages = Math.max(1, Math.ceil(items.length / size));
  const current = Math.min(page, pages);
  const pageItems = useMemo(() => items.slice((current - 1) * size, current * size), [items, current, size]);
  return { page: current, pages, pageItems, setPage };
}

/**
 * Previous and next under a list. `pages` is null when the list's total stopped at the cap (see list-total.ts):
 * the pager then names only the page it is on, and `hasMore` (the server's word) decides whether next leads on.
 */
export function ListPager({
  page,
  pages,
  setPage,
  hasMore,
}: {
  page: number;
  pages: number | null;
  setPage: (page: number) => void;
  hasMore?: boolean;
}) {
  const { t } = useTranslation();
  const hasNext = hasMore ?? (pages !== null && page < pages);
  if (page <= 1 && !hasNext) return null;
  return (
    <Group justify="space-between" gap="sm">
      <Button variant="default" h={44} disabled={page <= 1} onClick={() => setPage(page - 1)}>
        {t('common.previousPage')}
      </Button>
      <Text size="sm">
        {pages === null ? t('common.pageNumber', { page }) : t('common.pageOf', { page, pages })}
      </Text>
      <Button variant="default" h={44} disabled={!hasNext} onClick={() => setPage(page + 1)}>
        {t('common.nextPage')}
      </Button>
    </Group>
  );
}
