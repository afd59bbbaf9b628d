import type { ReferralDetail } from '@lantern/domain';
import { Alert, Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import caseCss from '../cases/cases.module.css';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { Panel } from '../shared/Panel';
import { AnchorLink } from '../shell/links';
import { AnswerDialog, type WordedStep } from './AnswerDialog';
import { isOpen, pageActions } from './model';
import { useReferral, useReferralStep } from './queries';
import { EscalationBadge, KindBadge, StatusBadge, TimerBadge, UrgencyBadge, useNow } from './ReferralBadges';
import { ReferralFacts, ReferralHistory } from './ReferralFacts';
import { referralReaders } from './ReferralsPage';
import { ReroutePanel } from './ReroutePanel';
import { ScreeningHandoffPanel } from './ScreeningHandoffPanel';

// Mantine's yellow title is below 4.5:1 on its tint; the warning badges' dark text is above it.
const warningTitle = { title: { color: '#4a3000' } };

export function ReferralPage() {
  return (
    <RequireSession anyOf={referralReaders}>
      <ReferralView />
    </RequireSession>
  );
}

function ReferralView() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/referrals/$id' });
  const referral = useReferral(id);

  if (referral.isError) {
    const missing = referral.error instanceof ApiError && [403, 404].includes(referral.error.status);
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{t('referralsWeb.detail.title')}</Title>
        {missing ? (
          <Alert color="gray" role="alert">
            {t('referralsWeb.detail.notFound')}
          </Alert>
        ) : (
          <LoadFailed message={referral.error.message} onRetry={() => void referral.refetch()} />
        )}
        <AnchorLink to="/referrals" fw={600} py="xs">
          {t('referralsWeb.detail.back')}
        </AnchorLink>
      </Stack>
    );
  }
  if (referral.isPending)
    return (
      <LoadingSkeleton maw={960} blocks={[{ height: 36, width: '40%' }, { height: 44 }, { height: 320 }]} />
    );
  return <ReferralBody referral={referral.data} />;
}

function ReferralBody({ referral }: { referral: ReferralDetail }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const now = useNow();
  const [worded, setWorded] = useState<WordedStep | null>(null);
  const step = useReferralStep(referral);
  const actions = pageActions(referral);
  // The sender's case is its own; the recipient reaches it only while the referral is open.
  const mayOpenCase =
    referral.caseId !== null &&
    hasPermission(session, 'case.read') &&
    (referral.direction === 'outgoing' || isOpen(referral));
  const partner = referral.direction === 'incoming' ? referral.from.name : referral.to.name;

  return (
    <Stack gap="md" maw={960} w="100%">
      <AnchorLink
        to="/referrals"
        search={referral.direction === 'outgoing' ? { direction: 'outgoing' } : {}}
        size="sm"
        w="fit-content"
        py={6}
      >
        {t('referralsWeb.detail.back')}
      </AnchorLink>
      <Stack gap={6}>
        <Text size="sm" c="dimmed">
          {t(`referralsWeb.detail.kicker.${referral.direction}`, { agency: partner })}
        </Text>
        <Group gap="sm" align="center">
          <Title order={1}>
            {t('referralsWeb.detail.title')}{' '}
            <span className={caseCss.ltr} data-testid="referral-case-code">
              {referral.caseCode ?? t('handoffWeb.screening')}
            </span>
          </Title>
          <StatusBadge status={referral.status} />
          <KindBadge kind={referral.kind} />
          <UrgencyBadge urgency={referral.urgency} />
          <TimerBadge referral={referral} now={now} />
          <EscalationBadge level={referral.escalationLevel} />
        </Group>
        <Group gap="lg">
          {mayOpenCase && (
            <AnchorLink
              to="/cases/$id"
              params={{ id: referral.caseId ?? '' }}
              fw={600}
              w="fit-content"
              py={6}
            >
              {t('referralsWeb.detail.openCase', { code: referral.caseCode })}
            </AnchorLink>
          )}
          {referral.direction === 'outgoing' &&
            referral.caseId !== null &&
            hasPermission(session, 'referral.create') && (
              <Anchor
                href={`/api/referrals/${referral.id}/letter`}
                target="_blank"
                rel="noopener"
                fw={600}
                py={6}
                data-testid="referral-letter"
              >
                {t('referralsWeb.detail.letter')}
              </Anchor>
            )}
        </Group>
        {referral.offSystem && (
          <Alert color="blue" data-testid="referral-off-system">
            {t('referralsWeb.detail.offSystem', { contact: referral.externalContact ?? '—' })}
          </Alert>
        )}
      </Stack>

      {referral.consentOverridden && (
        <Alert color="yellow" title={t('referralsWeb.detail.overriddenTitle')} styles={warningTitle}>
          {t('referralsWeb.detail.overridden')}
        </Alert>
      )}
      {referral.endedBecause === 'consent_withdrawn' && (
        <Alert color="gray">{t('referralsWeb.detail.endedByConsent')}</Alert>
      )}
      {referral.direction === 'outgoing' && referral.servicesNotListed.length > 0 && (
        <Alert color="yellow">{t('referralsWeb.detail.servicesNotListed')}</Alert>
      )}

      <ScreeningHandoffPanel referral={referral} />
      <ReroutePanel referral={referral} />
      {actions.length > 0 && (
        <Paper withBorder p="md" component="section" aria-label={t('referralsWeb.detail.actions')}>
          <Stack gap="sm">
            <Text>{t(`referralsWeb.detail.next.${referral.status}`, { defaultValue: '' })}</Text>
            <Group gap="sm">
              {actions.map((action) =>
                action === 'accept' || action === 'start' ? (
                  <Button
                    key={action}
                    h={44}
                    loading={step.isPending && step.variables?.action === action}
                    onClick={() => step.mutate({ action })}
                    data-testid={`referral-${action}`}
                  >
                    {t(`referralsWeb.actions.${action}`)}
                  </Button>
                ) : (
                  <Button
                    key={action}
                    h={44}
                    variant={action === 'complete' ? 'filled' : 'default'}
                    color={action === 'revoke' ? 'red' : undefined}
                    onClick={() => setWorded(action)}
                    data-testid={`referral-${action}`}
                  >
                    {t(`referralsWeb.actions.${action}`)}
                  </Button>
                ),
              )}
            </Group>
            {step.isError && (
              <Alert color="red" role="alert">
                {step.error.message}
              </Alert>
            )}
          </Stack>
        </Paper>
      )}

      <ReferralFacts referral={referral} />
      <Panel title={t('referralsWeb.detail.message')}>
        {referral.message ? (
          <Text style={{ whiteSpace: 'pre-wrap' }} dir="auto" data-testid="referral-message">
            {referral.message}
          </Text>
        ) : (
          <Text c="dimmed">{t('referralsWeb.detail.noMessage')}</Text>
        )}
      </Panel>
      <ReferralHistory referral={referral} />
      <AnswerDialog referral={referral} step={worded} onClose={() => setWorded(null)} />
    </Stack>
  );
}
