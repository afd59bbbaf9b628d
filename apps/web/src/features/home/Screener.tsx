import type { ScreeningSummary } from '@lantern/domain';
import { Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { outcomeText } from '../screening/labels';
import { useScreenings } from '../screening/queries';
import { CardList, EmptyState } from '../shared/ListStates';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { Section } from '../shared/Section';
import { AnchorLink, ButtonLink } from '../shell/links';

const RECENT = 5;

/** A screener's home: start a screening (the one thing they came for), and the last few they recorded. */
export function Screener() {
  const { t } = useTranslation();
  const screenings = useScreenings(undefined, 1);
  const recent: ScreeningSummary[] = screenings.data?.items.slice(0, RECENT) ?? [];
  return (
    <Section id="home-screenings" title={t('worklist.screener.title')} intro={t('worklist.screener.intro')}>
      <ButtonLink to="/screenings/new" h={44} w="fit-content" data-testid="start-screening">
        {t('worklist.screener.start')}
      </ButtonLink>
      {screenings.isPending && <LoadingSkeleton blocks={[{ height: 120 }]} />}
      {screenings.isError && (
        <LoadFailed message={screenings.error.message} onRetry={() => void screenings.refetch()} />
      )}
      {screenings.data && recent.length === 0 && <EmptyState>{t('worklist.screener.empty')}</EmptyState>}
      {recent.length > 0 && (
        <CardList gap="sm" aria-label={t('worklist.screener.recent')} data-testid="recent-screenings">
          {recent.map((screening) => (
            <Paper component="li" withBorder p="sm" key={screening.id}>
              <Stack gap={2}>
                <AnchorLink to="/screenings/$id" params={{ id: screening.id }} fw={600}>
                  {formatDateTime(screening.screenedAt, currentLocale())}
                </AnchorLink>
                {screening.outcome && (
                  <Text size="sm" c="dimmed">
                    {outcomeText(t, screening.outcome)}
                  </Text>
                )}
              </Stack>
            </Paper>
          ))}
        </CardList>
      )}
      <AnchorLink to="/screenings" fw={600} py="xs">
        {t('worklist.screener.all')}
      </AnchorLink>
    </Section>
  );
}
