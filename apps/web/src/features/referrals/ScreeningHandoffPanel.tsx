import type { ReferralDetail } from '@lantern/domain';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { AnchorLink, ButtonLink } from '../shell/links';
import { isOpen } from './model';

/**
 * A screening another agency sent to act on: read it, then register a case from it (the registration is
 * pre-filled from the screening and completes this hand-off). The sender sees the screening it sent.
 */
export function ScreeningHandoffPanel({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  if (referral.kind !== 'screening' || !referral.screeningId) return null;
  const mayRegister =
    referral.direction === 'incoming' && isOpen(referral) && hasPermission(session, 'case.create');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('handoffWeb.panel.title')}>
      <Stack gap="sm">
        <Text fw={600}>{t(`handoffWeb.panel.intro.${referral.direction}`)}</Text>
        {referral.outcome && <Text>{t(`handoffWeb.outcome.${referral.outcome}`, { defaultValue: '' })}</Text>}
        <Group gap="sm">
          <AnchorLink
            to="/screenings/$id"
            params={{ id: referral.screeningId }}
            fw={600}
            py={10}
            data-testid="handoff-open-screening"
          >
            {t('handoffWeb.panel.openScreening')}
          </AnchorLink>
          {mayRegister && (
            <ButtonLink
              to="/cases/new"
              search={{ screening: referral.screeningId, referral: referral.id }}
              h={44}
              data-testid="handoff-register"
            >
              {t('handoffWeb.panel.register')}
            </ButtonLink>
          )}
        </Group>
        {mayRegister && <Text size="sm">{t('handoffWeb.panel.attachHint')}</Text>}
      </Stack>
    </Paper>
  );
}
