import { Progress, Stack, Text } from '@mantine/core';

/**
 * "Step 2 of 4" in words and as a bar, for every flow done in steps (screening, registering, and the
 * referral and plan flows to come). The words are the caller's, so each flow keeps its own phrasing.
 */
export function StepProgress({
  label,
  current,
  total,
  testId,
}: {
  label: string;
  current: number;
  total: number;
  testId: string;
}) {
  return (
    <Stack gap={6}>
      <Text size="sm" fw={600} data-testid={testId}>
        {label}
      </Text>
      <Progress value={(current / total) * 100} size="sm" aria-label={label} />
    </Stack>
  );
}
