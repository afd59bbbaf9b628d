import { Group, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A page's one heading, the sentence that says what the page is for, and its main action. A page that may
 * have an action passes `action` even when this reader may not take it (`false`), so the layout stays put.
 */
export function PageHeader({
  title,
  intro,
  action,
}: {
  title: string;
  intro?: ReactNode;
  action?: ReactNode;
}) {
  const heading = (
    <Stack gap={action === undefined ? 'xs' : 4}>
      <Title order={1}>{title}</Title>
      {intro && <Text>{intro}</Text>}
    </Stack>
  );
  if (action === undefined) return heading;
  return (
    <Group justify="space-between" align="flex-end">
      {heading}
      {action}
    </Group>
  );
}
