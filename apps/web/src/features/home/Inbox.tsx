import type { Referral } from '@lantern/domain';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { TimerBadge, UrgencyBadge, useNow } from '../referrals/ReferralBadges';
import { CardList, EmptyState } from '../shared/ListStates';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { Section } from '../shared/Section';
import { AnchorLink } from '../shell/links';
import { useWaitingReferrals } from './queries';

/**
 * A screening hand-off arrives in the same inbox as a referral, as its own kind: it is shown apart, because
 * what to do next (register a case, or not) differs. Compared as text so the home needs no change the day
 * the kind is added.
 */
const isScreening = (referral: Referral) => (referral.kind as string) === 'screening';

function ReferralCard({ referral, now }: { referral: Referral; now: number }) {
  return (
    <Paper component="li" withBorder p="md" data-testid="worklist-referral">
      <Group justify="space-between" gap="xs" align="flex-start">
        <Stack gap={2}>
          <AnchorLink to="/referrals/$id" params={{ id: referral.id }} fw={600} dir="ltr">
            {referral.caseCode}
          </AnchorLink>
          <Text size="sm" c="dimmed">
            {referral.from.name}
          </Text>
        </Stack>
        <Group gap={6}>
          <UrgencyBadge urgency={referral.urgency} />
          <TimerBadge referral={referral} now={now} />
        </Group>
      </Group>
    </Paper>
  );
}

/** Screenings handed to the agency and referrals waiting for its answer, from the referral inbox. */
export function Inbox() {
  const { t } = useTranslation();
  const waiting = useWaitingReferrals(true);
  const now = useNow();
  if (waiting.isPending) return <LoadingSkeleton blocks={[{ height: 160 }]} />;
  if (waiting.isError)
    return <LoadFailed message={waiting.error.message} onRetry={() => void waiting.refetch()} />;
  const screenings = waiting.data.items.filter(isScreening);
  const referrals = waiting.data.items.filter((referral) => !isScreening(referral));
  const part = (key: 'screenings' | 'referrals', items: Referral[]) => (
    <Section id={`home-${key}`} title={t(`worklist.${key}.title`)} intro={t(`worklist.${key}.intro`)}>
      {items.length === 0 ? (
        <EmptyState>{t(`worklist.${key}.empty`)}</EmptyState>
      ) : (
        <CardList gap="sm" aria-label={t(`worklist.${key}.title`)} data-testid={`waiting-${key}`}>
          {items.map((referral) => (
            <ReferralCard key={referral.id} referral={referral} now={now} />
          ))}
        </CardList>
      )}
      <AnchorLink to="/referrals" fw={600} py="xs">
        {waiting.data.hasMore ? t('worklist.referrals.more') : t('worklist.referrals.all')}
      </AnchorLink>
    </Section>
  );
  return (
    <>
      {part('screenings', screenings)}
      {part('referrals', referrals)}
    </>
  );
}
