import type { ReferralDetail } from '@lantern/domain';
import { Alert, Button, Group, Text } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { AnchorLink } from '../shell/links';
import { RerouteModal } from './RerouteModal';

/** Whether a referral the agency sent waits to be sent elsewhere: declined or expired, and not re-routed yet. */
export const awaitsReroute = (referral: Pick<ReferralDetail, 'status' | 'kind' | 'direction'>) =>
  referral.direction === 'outgoing' &&
  referral.kind !== 'screening' &&
  (referral.status === 'declined' || referral.status === 'expired');

/**
 * On a referral's page: where it came from when it re-routes a declined one; where it went when it was
 * re-routed; and, for a declined or expired one the agency sent, the way to send it elsewhere.
 */
export function ReroutePanel({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const navigate = useNavigate();
  const [open, setOpen] = useState(false);
  const mayReroute =
    awaitsReroute(referral) && referral.reroutedTo === null && hasPermission(session, 'referral.create');
  if (!referral.reroutedFrom && !referral.reroutedTo && !mayReroute) return null;
  return (
    <>
      {referral.reroutedFrom && (
        <Alert color="blue" data-testid="referral-rerouted-from">
          <Group gap="sm">
            <Text size="sm">{t('referralRouting.reroute.reroutedFrom')}</Text>
            <AnchorLink to="/referrals/$id" params={{ id: referral.reroutedFrom }} size="sm" fw={600} py={6}>
              {t('referralRouting.reroute.openOld')}
            </AnchorLink>
          </Group>
        </Alert>
      )}
      {referral.reroutedTo && (
        <Alert color="blue" data-testid="referral-rerouted-to">
          <Group gap="sm">
            <Text size="sm">{t('referralRouting.reroute.reroutedTo')}</Text>
            <AnchorLink to="/referrals/$id" params={{ id: referral.reroutedTo }} size="sm" fw={600} py={6}>
              {t('referralRouting.reroute.openNew')}
            </AnchorLink>
          </Group>
        </Alert>
      )}
      {mayReroute && (
        <Button h={44} w="fit-content" onClick={() => setOpen(true)} data-testid="referral-reroute">
          {t('referralRouting.reroute.open')}
        </Button>
      )}
      {open && (
        <RerouteModal
          referral={referral}
          onClose={() => setOpen(false)}
          onSent={(created) => void navigate({ to: '/referrals/$id', params: { id: created.id } })}
        />
      )}
    </>
  );
}
