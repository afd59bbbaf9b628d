import { Button, Stack } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useAttachScreening } from '../referrals/queries';
import { ErrorAlert } from '../shared/Alerts';

/**
 * Registration started from a screening another agency sent, and the search found the person's case here:
 * the screening joins that case (its timeline says so) instead of a second case, and the hand-off completes.
 */
export function AttachScreeningButton({ handOffId, caseId }: { handOffId: string; caseId: string }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const attach = useAttachScreening(handOffId);
  return (
    <Stack gap="xs">
      <Button
        h={44}
        loading={attach.isPending}
        data-testid="candidate-attach-screening"
        onClick={() =>
          attach.mutate(caseId, {
            onSuccess: () =>
              void navigate({ to: '/cases/$id', params: { id: caseId }, search: { tab: 'timeline' } }),
          })
        }
      >
        {t('handoffWeb.attach.action')}
      </Button>
      <ErrorAlert message={attach.error?.message} />
    </Stack>
  );
}
