import type { ReadinessResponse } from '@lantern/domain';
import { Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../shell/ToneBadge';

async function fetchReadiness(): Promise<ReadinessResponse> {
  // 503 still carries the readiness report, so it is read rather than treated as a failure.
  const response = await fetch('/readyz', { headers: { Accept: 'application/json' } });
  return (await response.json()) as ReadinessResponse;
}

function StatusRow({ label, ok, text }: { label: string; ok: boolean | undefined; text: string }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md">
      <Group justify="space-between" gap="xs">
        <Text fw={600}>{label}</Text>
        {/* The app's badge tones keep AA contrast; Mantine's light teal on white does not. */}
        <ToneBadge tone={ok === undefined ? 'neutral' : ok ? 'positive' : 'negative'} size="lg" tt="none">
          {ok === undefined ? t('status.checking') : ok ? t('status.ok') : t('status.failing')}
        </ToneBadge>
      </Group>
      <Text size="sm" c="dimmed" mt={4}>
        {text}
      </Text>
    </Paper>
  );
}

export function StatusPage() {
  const { t } = useTranslation();
  const readiness = useQuery({ queryKey: ['readiness'], queryFn: fetchReadiness, refetchInterval: 15_000 });
  const data = readiness.data;
  const migrations = data?.checks.migrations;

  return (
    <Stack gap="lg" maw={720}>
      <Title order={1}>{t('status.title')}</Title>
      <SimpleGrid cols={{ base: 1, sm: 2 }}>
        <StatusRow
          label={t('status.database')}
          ok={data ? data.checks.database === 'ok' : readiness.isError ? false : undefined}
          text={data ? `${t('status.engine')}: ${t(`status.engine_${data.engine}`)}` : t('status.checking')}
        />
        <StatusRow
          label={t('status.migrations')}
          ok={migrations ? migrations.status === 'current' : readiness.isError ? false : undefined}
          text={
            migrations
              ? migrations.status === 'current'
                ? t('status.current')
                : t('status.pending', { count: migrations.pending })
              : t('status.checking')
          }
        />
      </SimpleGrid>
    </Stack>
  );
}
