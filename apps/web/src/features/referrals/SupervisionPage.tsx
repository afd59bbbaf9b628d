import type { Referral, ReferralSupervision } from '@lantern/domain';
import { Button, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequireSession } from '../auth/RequireSession';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { PageHeader } from '../shared/PageHeader';
import { Panel } from '../shared/Panel';
import { ReferralCards } from './ReferralCards';
import { RerouteModal } from './RerouteModal';
import { useReferralSupervision } from './routing-queries';

/** Supervisors are those escalation tells: the holders of case.break_glass. */
export const supervisors = ['case.break_glass'];

export function SupervisionPage() {
  return (
    <RequireSession anyOf={supervisors}>
      <Supervision />
    </RequireSession>
  );
}

type Section = keyof ReferralSupervision;
const sections: { key: Section; direction: 'incoming' | 'outgoing' }[] = [
  { key: 'overdueIncoming', direction: 'incoming' },
  { key: 'overdueOutgoing', direction: 'outgoing' },
  { key: 'toReroute', direction: 'outgoing' },
];

/**
 * The team's referrals that need a supervisor: late on either side (most late first), and declined or expired
 * ones to send elsewhere. Cards at every width: three short lists read better stacked than as three tables.
 */
function Supervision() {
  const { t } = useTranslation();
  const view = useReferralSupervision();
  const [rerouting, setRerouting] = useState<Referral | null>(null);
  return (
    <Stack gap="lg" maw={960} w="100%">
      <PageHeader
        title={t('referralRouting.supervision.title')}
        intro={t('referralRouting.supervision.intro')}
      />
      {view.isPending && <LoadingSkeleton blocks={[{ height: 120 }, { height: 120 }, { height: 120 }]} />}
      {view.isError && <LoadFailed message={view.error.message} onRetry={() => void view.refetch()} />}
      {view.data &&
        sections.map(({ key, direction }) => {
          const list = view.data[key];
          return (
            <section key={key} data-testid={`supervision-${key}`}>
              <Panel title={`${t(`referralRouting.supervision.${key}`)} (${list.items.length})`} padding="md">
                {list.items.length === 0 ? (
                  <Text c="dimmed">{t('referralRouting.supervision.empty')}</Text>
                ) : (
                  <ReferralCards
                    items={list.items}
                    direction={direction}
                    extra={
                      key === 'toReroute'
                        ? (referral) => (
                            <Button
                              h={44}
                              w="fit-content"
                              variant="default"
                              onClick={() => setRerouting(referral)}
                              aria-label={t('referralRouting.reroute.openCase', { code: referral.caseCode })}
                            >
                              {t('referralRouting.reroute.open')}
                            </Button>
                          )
                        : undefined
                    }
                  />
                )}
                {list.hasMore && (
                  <Text size="sm" c="dimmed">
                    {t('referralRouting.supervision.more')}
                  </Text>
                )}
              </Panel>
            </section>
          );
        })}
      {rerouting && <RerouteModal referral={rerouting} onClose={() => setRerouting(null)} />}
    </Stack>
  );
}
