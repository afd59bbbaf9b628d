import type { ComplaintSummary } from '@lantern/domain';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../reference/dates';
import { ToneBadge } from '../shell/ToneBadge';

/** The deadline as words and colour together ("overdue 2 days"), never colour alone; answered ones show the date. */
export function ComplaintDeadline({ complaint }: { complaint: ComplaintSummary }) {
  const { t } = useTranslation();
  const open = complaint.status === 'received' || complaint.status === 'in_review';
  const date = <bdi>{formatDayMonthYear(complaint.dueOn)}</bdi>;
  if (!open) return date;
  const words = complaint.overdue
    ? t('voice.inbox.overdue', { count: -complaint.daysLeft })
    : complaint.daysLeft === 0
      ? t('voice.inbox.dueToday')
      : t('voice.inbox.daysLeft', { count: complaint.daysLeft });
  const tone = complaint.overdue ? 'negative' : complaint.daysLeft <= 3 ? 'warning' : 'neutral';
  return (
    <>
      {date}{' '}
      <ToneBadge tone={tone} size="sm" data-testid="complaint-deadline">
        {words}
      </ToneBadge>
    </>
  );
}
