import { Paper, Stack } from '@mantine/core';
import type { FormEvent, ReactNode } from 'react';

/**
 * A form on its own card (sign-in, passwords, an account's details). `noValidate`: the form's own checks
 * speak in the reader's language beside each field, not the browser's bubbles.
 */
export function FormCard({
  onSubmit,
  children,
  maw,
}: {
  onSubmit: (event: FormEvent) => void;
  children: ReactNode;
  maw?: number;
}) {
  return (
    <Paper withBorder p="lg" component="form" onSubmit={onSubmit} noValidate maw={maw}>
      <Stack gap="md">{children}</Stack>
    </Paper>
  );
}
