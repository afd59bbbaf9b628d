import type { ReferralDetail } from '@lantern/domain';
import { List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import caseCss from '../cases/cases.module.css';
import { Definition, Definitions } from '../cases/Definitions';
import { useVocabularyLabels } from '../cases/labels';
import { Panel } from '../shared/Panel';
import { referralEvents } from './model';

/** Who asked whom for what, why, what the recipient may see, and by when. */
export function ReferralFacts({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const service = useVocabularyLabels('vn-referral-service');
  const reason = useVocabularyLabels('referral-reason');
  const declineReason = useVocabularyLabels('vn-referral-decline-reason');
  const outcome = useVocabularyLabels('vn-service-outcome');
  const time = (value: string | null) => <span className={caseCss.ltr}>{formatDateTime(value, locale)}</span>;
  return (
    <Panel title={t('referralsWeb.detail.facts')}>
      <Definitions testId="referral-facts">
        <Definition label={t('referralsWeb.detail.from')}>{referral.from.name}</Definition>
        <Definition label={t('referralsWeb.detail.to')}>{referral.to.name}</Definition>
        <Definition label={t('referralsWeb.detail.services')}>
          {formatList(
            referral.services.map((code) => service(code)),
            locale,
          )}
        </Definition>
        <Definition label={t('referralsWeb.detail.reason')}>{reason(referral.reason)}</Definition>
        <Definition label={t('referralsWeb.detail.sections')}>
          {formatList(
            [
              t('referralsWeb.sections.profile'),
              ...referral.sections.map((s) => t(`referralsWeb.sections.${s}`)),
            ],
            locale,
          )}
        </Definition>
        <Definition label={t('referralsWeb.detail.sentBy')}>
          {referral.sentBy.displayName} · {time(referral.sentAt)}
        </Definition>
        <Definition label={t('referralsWeb.detail.respondBy')}>{time(referral.respondBy)}</Definition>
        <Definition label={t('referralsWeb.detail.completeBy')}>{time(referral.completeBy)}</Definition>
        {referral.declineReason && (
          <Definition label={t('referralsWeb.detail.declineReason')}>
            {declineReason(referral.declineReason)}
          </Definition>
        )}
        {referral.outcome && (
          <Definition label={t('referralsWeb.detail.outcome')}>{outcome(referral.outcome)}</Definition>
        )}
      </Definitions>
    </Panel>
  );
}

/** The answers in order, with the words each side wrote (notes are sealed and read only by the two agencies). */
export function ReferralHistory({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const notes: Partial<Record<string, string | null>> = {
    declined: referral.declineNote,
    completed: referral.outcomeNote,
    revoked: referral.revokeNote,
  };
  return (
    <Panel title={t('referralsWeb.detail.history')}>
      <List spacing="sm" listStyleType="none" p={0} data-testid="referral-history">
        {referralEvents(referral).map((event) => (
          <List.Item key={event.kind}>
            <Stack gap={2}>
              <Text fw={600}>{t(`referralsWeb.history.${event.kind}`)}</Text>
              <Text size="sm" c="dimmed">
                <span className={caseCss.ltr}>{formatDateTime(event.at, locale)}</span>
                {event.by && ` · ${event.by}`}
              </Text>
              {notes[event.kind] && (
                <Text size="sm" style={{ whiteSpace: 'pre-wrap' }} dir="auto">
                  {notes[event.kind]}
                </Text>
              )}
            </Stack>
          </List.Item>
        ))}
      </List>
    </Panel>
  );
}
