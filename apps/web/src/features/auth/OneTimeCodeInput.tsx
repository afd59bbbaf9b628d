import { TextInput, type TextInputProps } from '@mantine/core';
import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The six-digit code from the authenticator app, asked the same way when it is set up and at every sign-in,
 * so the phone's keyboard offers digits and the browser can fill the code in from an SMS-style prompt.
 */
export function OneTimeCodeInput({
  ref,
  ...props
}: Omit<TextInputProps, 'label' | 'description' | 'name'> & { ref?: Ref<HTMLInputElement> }) {
  const { t } = useTranslation();
  return (
    <TextInput
      ref={ref}
      label={t('mfa.codeLabel')}
      description={t('mfa.codeHelp')}
      name="code"
      inputMode="numeric"
      autoComplete="one-time-code"
      maxLength={9}
      required
      dir="ltr"
      {...props}
    />
  );
}
