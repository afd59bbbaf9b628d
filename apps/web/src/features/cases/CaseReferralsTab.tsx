import type { CaseDetail } from '@lantern/domain';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { CasePathways } from '../referrals/CasePathways';
import { useCaseReferrals } from '../referrals/queries';
import { ReferForm } from '../referrals/ReferForm';
import { StatusBadge, TimerBadge, UrgencyBadge, useNow } from '../referrals/ReferralBadges';
import { DoneNotice } from '../shared/Alerts';
import { AnchorLink } from '../shell/links';
import { useVocabularyLabels } from './labels';
import { PartList } from './PartStatus';

/** The case's referrals the reader's agency sent or received, and, for the owning agency, a way to refer. */
export function ReferralsTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const referrals = useCaseReferrals(detail.id);
  const service = useVocabularyLabels('vn-referral-service');
  const now = useNow();
  const [referring, setReferring] = useState(false);
  // A new form for each referral: the last one's answers do not carry over to the next.
  const [formKey, setFormKey] = useState(0);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const mayRefer =
    detail.access === 'agency' && detail.state !== 'closed' && hasPermission(session, 'referral.create');

  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-start" gap="sm">
        <Text style={{ flex: '1 1 320px' }}>{t('referralsWeb.caseTab.intro')}</Text>
        {mayRefer && (
          <Button h={44} onClick={() => setReferring(true)} data-testid="refer-open">
            {t('referralsWeb.caseTab.refer')}
          </Button>
        )}
      </Group>
      {sentTo && (
        <DoneNotice onClose={() => setSentTo(null)}>
          {t('referralsWeb.caseTab.sent', { agency: sentTo })}
        </DoneNotice>
      )}
      <PartList query={referrals} empty={t('referralsWeb.caseTab.none')}>
        {(referral) => (
          <Paper component="li" key={referral.id} withBorder p="md" data-testid="case-referral">
            <Group justify="space-between" gap="sm" align="flex-start">
              <Stack gap={4} style={{ flex: '1 1 320px' }}>
                <AnchorLink to="/referrals/$id" params={{ id: referral.id }} fw={600}>
                  {t(`referralsWeb.caseTab.${referral.direction}`, {
                    from: referral.from.name,
                    to: referral.to.name,
                  })}
                </AnchorLink>
                <Text size="sm">
                  {formatList(
                    referral.services.map((code) => service(code)),
                    currentLocale(),
                  )}
                </Text>
              </Stack>
              <Group gap={6}>
                <UrgencyBadge urgency={referral.urgency} />
                <StatusBadge status={referral.status} />
                <TimerBadge referral={referral} now={now} />
              </Group>
            </Group>
          </Paper>
        )}
      </PartList>
      <CasePathways detail={detail} mayStart={mayRefer} now={now} />
      {mayRefer && (
        <ReferForm
          key={formKey}
          caseId={detail.id}
          opened={referring}
          onClose={() => setReferring(false)}
          onSent={(sent) => {
            setReferring(false);
            setSentTo(sent.to.name);
            setFormKey((key) => key + 1);
          }}
        />
      )}
    </Stack>
  );
}
