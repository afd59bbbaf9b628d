import { PasswordInput, type PasswordInputProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** A required password field whose show-password button is named in the reader's language. */
export function PasswordField(props: Omit<PasswordInputProps, 'required' | 'visibilityToggleButtonProps'>) {
  const { t } = useTranslation();
  return (
    <PasswordInput
      {...props}
      required
      visibilityToggleButtonProps={{ 'aria-label': t('auth.showPassword') }}
    />
  );
}
