import { TextInput, type TextInputProps } from '@mantine/core';
import type { Ref } from 'react';

/** A field for a name or code typed exactly (usernames, recovery codes): no capital first letter, no spelling fixes. */
export function CodeTextInput({
  ref,
  ...props
}: Omit<TextInputProps, 'autoCapitalize' | 'spellCheck' | 'required'> & { ref?: Ref<HTMLInputElement> }) {
  return <TextInput ref={ref} autoCapitalize="none" spellCheck={false} required {...props} />;
}
