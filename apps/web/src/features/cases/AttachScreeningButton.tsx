import { Button, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useAttachScreening } from '../referrals/queries';
import { ErrorAlert } from '../shared/Alerts';

/**
 * Registration started from a screening another agency sent, and the search found the person's case here:
 * the screening joins that case (its timeline says so) instead of a second case, and the hand-off completes.
 */
export function AttachScreeningButton({
  handOffId,
  caseId,
  onAttached,
}: {
  handOffId: string;
  caseId: string;
  /** Leaves the registration for the case (the registration's leave guard must know it ended). */
  onAttached: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const attach = useAttachScreening(handOffId);
  return (
    <Stack gap="xs">
      <Button
        h={44}
        loading={attach.isPending}
        data-testid="candidate-attach-screening"
        onClick={() =>
          attach.mutateAsync(caseId).then(
            () => onAttached(caseId),
            () => undefined, // shown below from attach.error
          )
        }
      >
        {t('handoffWeb.attach.action')}
      </Button>
      <ErrorAlert message={attach.error?.message} />
    </Stack>
  );
}
