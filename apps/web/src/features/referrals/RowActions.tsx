import type { Referral } from '@lantern/domain';
import { Button, Group, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { rowActions } from './model';
import { useReferralStep } from './queries';

/** Accept in one step, or open the decline dialog (a reason is required): the inbox's answer on a row or card. */
export function RowActions({ referral, onDecline }: { referral: Referral; onDecline: () => void }) {
  const { t } = useTranslation();
  const step = useReferralStep(referral);
  const actions = rowActions(referral);
  if (actions.length === 0) return null;
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="nowrap">
        {actions.includes('accept') && (
          <Button
            h={44}
            loading={step.isPending}
            onClick={() => step.mutate({ action: 'accept' })}
            aria-label={t('referralsWeb.list.acceptCase', {
              code: referral.caseCode ?? t('handoffWeb.screening'),
            })}
          >
            {t('referralsWeb.actions.accept')}
          </Button>
        )}
        {actions.includes('decline') && (
          <Button
            h={44}
            variant="default"
            onClick={onDecline}
            aria-label={t('referralsWeb.list.declineCase', {
              code: referral.caseCode ?? t('handoffWeb.screening'),
            })}
          >
            {t('referralsWeb.actions.decline')}
          </Button>
        )}
      </Group>
      {step.isError && (
        <Text size="sm" c="red.8" role="alert">
          {step.error.message}
        </Text>
      )}
    </Stack>
  );
}
