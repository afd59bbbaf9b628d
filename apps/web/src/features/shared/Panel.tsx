import { Paper, Stack, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/** A bordered block of a page under its own level-2 heading (an account's access, a case's next steps). */
export function Panel({
  title,
  children,
  gap = 'sm',
  padding = 'lg',
  titleSize = 'h3',
}: {
  title: string;
  children: ReactNode;
  gap?: 'sm' | 'md';
  padding?: 'md' | 'lg';
  titleSize?: 'h3' | 'h4';
}) {
  return (
    <Paper withBorder p={padding}>
      <Stack gap={gap}>
        <Title order={2} size={titleSize}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}
