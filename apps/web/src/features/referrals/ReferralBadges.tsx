import type { Referral } from '@lantern/domain';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../shell/ToneBadge';
import { referralTimer, statusTone, timerText, timerTone, urgencyTone } from './model';

/** The time now, moved on every minute, so "answer within 5 h" counts down while the page is open. */
export function useNow(everyMs = 60_000): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    const timer = window.setInterval(() => setNow(Date.now()), everyMs);
    return () => window.clearInterval(timer);
  }, [everyMs]);
  return now;
}

export function StatusBadge({ status }: Pick<Referral, 'status'>) {
  const { t } = useTranslation();
  return (
    <ToneBadge tone={statusTone(status)} size="md" radius="sm" data-testid="referral-status">
      {t(`referralsWeb.status.${status}`)}
    </ToneBadge>
  );
}

export function UrgencyBadge({ urgency }: Pick<Referral, 'urgency'>) {
  const { t } = useTranslation();
  return (
    <ToneBadge tone={urgencyTone(urgency)} size="md" radius="sm">
      {t(`referralsWeb.urgency.${urgency}`)}
    </ToneBadge>
  );
}

/** The running deadline in words and colour (the exact time is on the referral's page). */
export function TimerBadge({
  referral,
  now,
}: {
  referral: Pick<Referral, 'status' | 'respondBy' | 'completeBy' | 'escalationLevel'>;
  now: number;
}) {
  const { t } = useTranslation();
  const timer = referralTimer(referral, now);
  if (timer.kind === 'none') return null;
  return (
    <ToneBadge tone={timerTone(timer)} size="md" radius="sm" data-testid="referral-timer">
      {timerText(t, timer)}
    </ToneBadge>
  );
}

export function EscalationBadge({ level }: { level: number }) {
  const { t } = useTranslation();
  if (level < 1) return null;
  return (
    <ToneBadge tone="negative" size="md" radius="sm" variant="outline" data-testid="referral-escalated">
      {t(`referralsWeb.escalated.level${level === 2 ? 2 : 1}`)}
    </ToneBadge>
  );
}

/** A transfer hands the whole case over; it says so wherever a referral is listed. */
export function KindBadge({ kind }: Pick<Referral, 'kind'>) {
  const { t } = useTranslation();
  if (kind === 'services') return null;
  return (
    <ToneBadge tone="info" size="md" radius="sm" variant="outline">
      {kind === 'screening' ? t('handoffWeb.kind') : t('referralsWeb.kind.transfer')}
    </ToneBadge>
  );
}
