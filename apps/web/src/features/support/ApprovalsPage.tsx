import type { ApprovalStatus, ApprovalView } from '@lantern/domain';
import { Button, Group, Paper, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatVnd } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { useVocabularyLabels } from '../cases/labels';
import { ChangeError } from '../cases/PartStatus';
import { LabelledSegments } from '../shared/LabelledSegments';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { PageHeader } from '../shared/PageHeader';
import { AnchorLink } from '../shell/links';
import { type Tone, ToneBadge } from '../shell/ToneBadge';
import { useApprovals, useDecideApproval } from './queries';

const statusTone: Record<ApprovalStatus, Tone> = {
  pending: 'warning',
  approved: 'positive',
  rejected: 'negative',
};

/** Supervisors' list of support payments and plan closures waiting for a second person's decision. */
export function ApprovalsPage() {
  return (
    <RequireSession anyOf={['support.approve']}>
      <Approvals />
    </RequireSession>
  );
}

function Approvals() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<ApprovalStatus>('pending');
  const approvals = useApprovals(status);
  return (
    <Stack gap="lg" maw={880} w="100%">
      <PageHeader title={t('support.approvals.title')} intro={t('support.approvals.intro')} />
      <LabelledSegments
        label={t('support.approvals.title')}
        value={status}
        onChange={(value) => setStatus(value as ApprovalStatus)}
        data={(['pending', 'approved', 'rejected'] as const).map((value) => ({
          value,
          label: t(
            value === 'pending' ? 'support.delivery.status.pending' : `support.delivery.status.${value}`,
          ),
        }))}
        size="md"
      />
      {approvals.isPending && <LoadingSkeleton gap="sm" blocks={[{ height: 96 }, { height: 96 }]} />}
      {approvals.isError && (
        <LoadFailed message={approvals.error.message} onRetry={() => void approvals.refetch()} />
      )}
      {approvals.data?.length === 0 && <Text c="dimmed">{t('support.approvals.empty')}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="approvals">
        {approvals.data?.map((approval) => (
          <ApprovalCard key={approval.id} approval={approval} />
        ))}
      </Stack>
    </Stack>
  );
}

function ApprovalCard({ approval }: { approval: ApprovalView }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const regimeLabel = useVocabularyLabels('vn-support-regime');
  const decide = useDecideApproval();
  const [rejecting, setRejecting] = useState(false);
  const [reason, setReason] = useState('');
  const locale = currentLocale();
  const own = approval.requestedBy.id === session.user.id;
  const pending = approval.status === 'pending';
  return (
    <Paper component="li" withBorder p="md" data-testid="approval">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600}>
            {t(`support.approvals.kind.${approval.kind}`)}
            {approval.regime && ` · ${regimeLabel(approval.regime)}`}
          </Text>
          <ToneBadge tone={statusTone[approval.status]} size="md">
            {t(`support.delivery.status.${approval.status}`)}
          </ToneBadge>
        </Group>
        {approval.amountVnd !== null && (
          <Text fw={700} size="lg" dir="ltr" ta="start">
            {formatVnd(approval.amountVnd, locale)}
          </Text>
        )}
        <AnchorLink
          to="/cases/$id"
          params={{ id: approval.caseId }}
          search={{ tab: 'support' }}
          w="fit-content"
          py={6}
        >
          <bdi>{t('support.approvals.case', { code: approval.caseCode })}</bdi>
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {t('support.approvals.requestedBy', {
            name: approval.requestedBy.displayName,
            time: formatDateTime(approval.requestedAt, locale),
          })}
        </Text>
        {pending && own && <Text size="sm">{t('support.approvals.own')}</Text>}
        {pending && !own && !rejecting && (
          <Group gap="sm">
            <Button
              h={44}
              loading={decide.isPending}
              onClick={() => decide.mutate({ approval, decision: 'approve' })}
            >
              {t('support.approvals.approve')}
            </Button>
            <Button h={44} variant="default" onClick={() => setRejecting(true)}>
              {t('support.approvals.reject')}
            </Button>
          </Group>
        )}
        {pending && rejecting && (
          <Stack gap="xs">
            <Textarea
              label={t('support.approvals.rejectReason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={1000}
              dir="auto"
            />
            <Group gap="sm">
              <Button
                h={44}
                color="red"
                loading={decide.isPending}
                disabled={reason.trim() === ''}
                onClick={() => decide.mutate({ approval, decision: 'reject', reason: reason.trim() })}
              >
                {t('support.approvals.reject')}
              </Button>
              <Button h={44} variant="default" onClick={() => setRejecting(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        <ChangeError error={decide.error} />
      </Stack>
    </Paper>
  );
}
