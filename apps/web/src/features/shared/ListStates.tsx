import { Stack, type StackProps, Text } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * The line above a list that says how many it holds. The words (and how a total is shown) are the caller's;
 * role="status" lets a screen reader hear the new count after a filter changes.
 */
export function ListCount({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <Text size="sm" c="dimmed" role="status" data-testid={testId}>
      {children}
    </Text>
  );
}

/** What a list says when it has nothing to show. */
export function EmptyState({ children, dimmed = true }: { children: ReactNode; dimmed?: boolean }) {
  return <Text c={dimmed ? 'dimmed' : undefined}>{children}</Text>;
}

/** A list of cards as a real list (`ul`), so a screen reader says how many there are, without bullets. */
export function CardList({
  children,
  ...props
}: Omit<StackProps, 'component' | 'p' | 'm' | 'style'> & {
  children: ReactNode;
  'aria-label'?: string;
  'data-testid'?: string;
}) {
  return (
    <Stack component="ul" p={0} m={0} style={{ listStyle: 'none' }} {...props}>
      {children}
    </Stack>
  );
}
