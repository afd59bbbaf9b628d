import { Stack } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../lib/api';
import { PasswordField } from './PasswordField';

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
  /** The form's own findings (`validateNewPassword`). */
  errors: Errors;
  /** The server's refusal of the new password (too common, contains the username). */
  serverError: ApiError | undefined;
}

export function NewPasswordFields({ value, onChange, errors, serverError }: NewPasswordFieldsProps) {
  const { t } = useTranslation();
  return (
    <Stack gap="md">
      <PasswordField
        label={t('password.new')}
        description={t('password.rule')}
        name="newPassword"
        autoComplete="new-password"
        value={value.newPassword}
        onChange={(event) => onChange({ ...value, newPassword: event.currentTarget.value })}
        error={errors.newPassword ?? serverError?.fieldError('newPassword')}
      />
      <PasswordField
        label={t('password.confirm')}
        name="confirmPassword"
        autoComplete="new-password"
        value={value.confirmPassword}
        onChange={(event) => onChange({ ...value, confirmPassword: event.currentTarget.value })}
        error={errors.confirmPassword}
      />
    </Stack>
  );
}
