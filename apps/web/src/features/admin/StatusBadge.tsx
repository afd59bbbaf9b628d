import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../shell/ToneBadge';

/** Active or disabled, in words (never colour alone). */
export function StatusBadge({ disabled }: { disabled: boolean }) {
  const { t } = useTranslation();
  return (
    <ToneBadge tone={disabled ? 'neutral' : 'positive'}>
      {disabled ? t('admin.status.disabled') : t('admin.status.active')}
    </ToneBadge>
  );
}

/** Whether the user has set up their authenticator app yet. */
export function MfaBadge({ enrolled }: { enrolled: boolean }) {
  const { t } = useTranslation();
  return (
    <ToneBadge tone={enrolled ? 'positive' : 'warning'}>
      {enrolled ? t('admin.users.mfaOn') : t('admin.users.mfaPending')}
    </ToneBadge>
  );
}
