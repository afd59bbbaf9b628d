import type { Referral } from '@lantern/domain';
import { Group, Paper, Stack, Text } from '@mantine/core';
import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import classes from '../cases/cases.module.css';
import { useVocabularyLabels } from '../cases/labels';
import { AnchorLink } from '../shell/links';
import { AnswerDialog } from './AnswerDialog';
import { EscalationBadge, KindBadge, StatusBadge, TimerBadge, UrgencyBadge, useNow } from './ReferralBadges';
import { RowActions } from './RowActions';

/**
 * The inbox on a phone: one card per referral, stacked, with everything the table's row says — where it stands
 * and how long is left first, then who and what — and the answer in one step. Frontline officers work on phones;
 * a table would scroll sideways there.
 */
export function ReferralCards({
  items,
  direction,
  extra,
}: {
  items: Referral[];
  direction: 'incoming' | 'outgoing';
  /** A further action on a card (the supervisor's re-route). */
  extra?: (referral: Referral) => ReactNode;
}) {
  const { t } = useTranslation();
  const now = useNow();
  const service = useVocabularyLabels('vn-referral-service');
  const [declining, setDeclining] = useState<Referral | null>(null);
  return (
    <>
      <Stack gap="sm" data-testid="referrals-cards" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((row) => {
          const code = row.caseCode ?? t('handoffWeb.screening');
          return (
            <Paper key={row.id} component="li" withBorder p="sm" data-testid="referral-card">
              <Stack gap={8}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <AnchorLink
                    to="/referrals/$id"
                    params={{ id: row.id }}
                    className={`${classes.codeLink} ${classes.ltr}`}
                    aria-label={t('referralsWeb.list.open', { code })}
                  >
                    {code}
                  </AnchorLink>
                  <StatusBadge status={row.status} />
                </Group>
                <Group gap={6} wrap="wrap">
                  <TimerBadge referral={row} now={now} />
                  <EscalationBadge level={row.escalationLevel} />
                  <UrgencyBadge urgency={row.urgency} />
                  <KindBadge kind={row.kind} />
                </Group>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={600}>
                    {direction === 'incoming' ? t('referralsWeb.list.from') : t('referralsWeb.list.to')}:
                  </Text>{' '}
                  {direction === 'incoming' ? row.from.name : row.to.name}
                </Text>
                <Text size="sm" style={{ overflowWrap: 'anywhere' }}>
                  <Text span fw={600}>
                    {t('referralsWeb.list.services')}:
                  </Text>{' '}
                  {formatList(
                    row.services.map((code) => service(code)),
                    currentLocale(),
                  )}
                </Text>
                {direction === 'incoming' && (
                  <RowActions referral={row} onDecline={() => setDeclining(row)} />
                )}
                {extra?.(row)}
              </Stack>
            </Paper>
          );
        })}
      </Stack>
      {declining && <AnswerDialog referral={declining} step="decline" onClose={() => setDeclining(null)} />}
    </>
  );
}
