import { useBlocker } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** Asks before leaving a page whose form has unsaved changes (in the app, and when closing the tab). */
export function useLeaveGuard(dirty: boolean) {
  const { t } = useTranslation();
  useBlocker({
    shouldBlockFn: () => dirty && !window.confirm(t('common.leaveUnsaved')),
    enableBeforeUnload: () => dirty,
  });
}
