import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../admin/ConfirmDialog';

/** Throwing away an unfinished interview is final, so it is asked the same way wherever it is offered. */
export function DiscardDraftDialog({
  opened,
  onDiscard,
  onClose,
}: {
  opened: boolean;
  onDiscard: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  return (
    <ConfirmDialog
      opened={opened}
      title={t('screeningWeb.draft.discardTitle')}
      text={t('screeningWeb.draft.discardText')}
      confirmLabel={t('screeningWeb.draft.discard')}
      danger
      onConfirm={onDiscard}
      onClose={onClose}
    />
  );
}
