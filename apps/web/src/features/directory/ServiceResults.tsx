import type { ServiceMatch } from '@lantern/domain';
import { Alert, Button, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CardList, EmptyState, ListCount } from '../shared/ListStates';
import { LoadFailed } from '../shared/LoadFailed';
import { SEARCH_LIMIT, useServiceSearch } from './queries';
import { ServiceCard } from './ServiceCard';
import type { DirectorySearch } from './search';
import { useDirectoryLabels } from './useDirectoryLabels';

/** Near misses are a fallback: a few show at once, the rest on request, so the page stays short on a phone. */
const NEAR_MISSES_SHOWN = 5;

/**
 * The ranked answer: entries that fit every need first, then the near misses with their reasons, because a
 * shelter one province away with beds, or a full one nearby, is what a case worker calls next.
 */
export function ServiceResults({ search }: { search: DirectorySearch }) {
  const { t } = useTranslation();
  const labels = useDirectoryLabels();
  const result = useServiceSearch(search);
  // "Show all" belongs to one search: a new search starts with the near misses folded again.
  const searchKey = JSON.stringify(search);
  const [expandedFor, setExpandedFor] = useState<string | null>(null);
  const allNearMisses = expandedFor === searchKey;
  if (result.isPending) return <Skeleton height={240} />;
  if (result.isError)
    return <LoadFailed message={result.error.message} onRetry={() => void result.refetch()} />;
  const { matches, hasMore } = result.data;
  const fitting = matches.filter((match) => match.misfits.length === 0);
  const nearMisses = matches.filter((match) => match.misfits.length > 0);
  const cards = (list: ServiceMatch[], label: string) => (
    <CardList gap="sm" aria-label={label}>
      {list.map((match) => (
        <ServiceCard
          key={`${match.agency.id}:${match.service.serviceCode}`}
          agency={match.agency}
          entry={match.service}
          misfits={match.misfits}
          labels={labels}
        />
      ))}
    </CardList>
  );

  if (matches.length === 0)
    return (
      <Paper withBorder p="lg" data-testid="directory-empty">
        <Stack gap="xs">
          <Text fw={600}>{t('directoryWeb.results.empty')}</Text>
          <EmptyState>{t('directoryWeb.results.emptyHint')}</EmptyState>
        </Stack>
      </Paper>
    );
  return (
    <Stack gap="lg" data-testid="directory-results">
      <ListCount>{t('directoryWeb.results.count', { count: matches.length })}</ListCount>
      {hasMore && <Alert color="gray">{t('directoryWeb.results.more', { count: SEARCH_LIMIT })}</Alert>}
      {fitting.length > 0 ? (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('directoryWeb.results.fitting', { count: fitting.length })}
          </Title>
          {cards(fitting, t('directoryWeb.results.label'))}
        </Stack>
      ) : (
        <Alert color="yellow" role="status">
          {t('directoryWeb.results.noFit')}
        </Alert>
      )}
      {nearMisses.length > 0 && (
        <Stack gap="sm">
          <Title order={2} size="h3">
            {t('directoryWeb.results.nearMisses', { count: nearMisses.length })}
          </Title>
          <Text size="sm">{t('directoryWeb.results.nearMissesHelp')}</Text>
          {cards(
            allNearMisses ? nearMisses : nearMisses.slice(0, NEAR_MISSES_SHOWN),
            t('directoryWeb.results.nearMisses', { count: nearMisses.length }),
          )}
          {!allNearMisses && nearMisses.length > NEAR_MISSES_SHOWN && (
            <Button
              variant="default"
              h={44}
              onClick={() => setExpandedFor(searchKey)}
              style={{ alignSelf: 'flex-start' }}
            >
              {t('directoryWeb.results.showAll', { count: nearMisses.length - NEAR_MISSES_SHOWN })}
            </Button>
          )}
        </Stack>
      )}
    </Stack>
  );
}
