import { Badge, VisuallyHidden } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useReferralCounts } from './keys';

/**
 * The "action needed" count beside the menu entry: incoming referrals waiting for an answer (overdue ones
 * make it red). The number is read out with its meaning, not as a bare figure.
 */
export function ReferralNavCount({ enabled }: { enabled: boolean }) {
  const { t } = useTranslation();
  const counts = useReferralCounts(enabled);
  const waiting = counts.data?.awaitingAnswer ?? 0;
  const overdue = counts.data?.overdue ?? 0;
  if (waiting === 0 && overdue === 0) return null;
  const label =
    overdue > 0
      ? t('referralsWeb.nav.countOverdue', { count: waiting, overdue })
      : t('referralsWeb.nav.count', { count: waiting });
  // The link's name carries the words; the figure is for the eye.
  return (
    <>
      <Badge
        color={overdue > 0 ? 'red' : 'lantern'}
        variant="filled"
        size="md"
        circle={waiting < 10}
        aria-hidden="true"
        title={label}
        data-testid="referrals-nav-count"
      >
        {formatCount(Math.max(waiting, overdue), currentLocale())}
      </Badge>
      <VisuallyHidden>{label}</VisuallyHidden>
    </>
  );
}
