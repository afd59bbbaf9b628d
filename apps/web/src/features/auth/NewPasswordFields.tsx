import { PasswordInput, Stack } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';

export interface NewPasswordValue {
  newPassword: string;
  confirmPassword: string;
}

type Errors = Partial<Record<keyof NewPasswordValue, string | undefined>>;

/**
 * The length rule (8–128 characters, NIST SP 800-63B) checked before sending; the server also refuses
 * common passwords and ones containing the username. No composition rules.
 */
export function validateNewPassword(value: NewPasswordValue, t: TFunction): Errors {
  const errors: Errors = {};
  if (value.newPassword.length === 0) errors.newPassword = t('errors.field.required');
  else if ([...value.newPassword].length < 8) errors.newPassword = t('errors.field.password_too_short');
  else if ([...value.newPassword].length > 128) errors.newPassword = t('errors.field.password_too_long');
  if (value.confirmPassword !== value.newPassword) errors.confirmPassword = t('password.mismatch');
  return errors;
}

interface NewPasswordFieldsProps {
  value: NewPasswordValue;
  onChange: (value: NewPasswordValue) => void;
  errors: Errors;
}

export function NewPasswordFields({ value, onChange, errors }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PasswordInput
        label={t('password.new')}
        description={t('password.rule')}
        name="newPassword"
        autoComplete="new-password"
        required
        value={value.newPassword}
        onChange={(event) => onChange({ ...value, newPassword: event.currentTarget.value })}
        error={errors.newPassword}
        visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
      />
      <PasswordInput
        label={t('password.confirm')}
        name="confirmPassword"
        autoComplete="new-password"
        required
        value={value.confirmPassword}
        onChange={(event) => onChange({ ...value, confirmPassword: event.currentTarget.value })}
        error={errors.confirmPassword}
        visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
      />
    </Stack>
  );
}
