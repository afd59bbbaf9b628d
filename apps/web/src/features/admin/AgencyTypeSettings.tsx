import { Alert, Paper, Skeleton, Stack, Switch, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { type AgencyType, adminKeys, useAgencyTypes } from './queries';

/**
 * Which agency types carry cases: configuration, since which frontline bodies hand their cases on differs
 * between provinces. Those that do not are asked, when registering, for the agency that will carry the case.
 */
export function AgencyTypeSettings() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const queryClient = useQueryClient();
  const types = useAgencyTypes();
  const change = useMutation({
    mutationFn: (type: AgencyType) =>
      api<AgencyType>(`/api/admin/agency-types/${encodeURIComponent(type.code)}`, {
        method: 'PATCH',
        body: { carriesCases: !type.carriesCases },
      }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: adminKeys.agencyTypes }),
  });
  if (!hasPermission(session, 'admin.agencies.manage')) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="agency-types-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="agency-types-title">
          {t('coordination.admin.carriesCases')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('coordination.admin.carriesCasesHint')}
        </Text>
        {types.isPending && <Skeleton height={120} />}
        {change.isError && (
          <Alert color="red" role="alert">
            {change.error.message}
          </Alert>
        )}
        {types.data?.map((type) => (
          <Switch
            key={type.code}
            size="md"
            label={type.label}
            checked={type.carriesCases}
            disabled={change.isPending}
            onChange={() => change.mutate(type)}
            data-testid={`carries-cases-${type.code}`}
          />
        ))}
      </Stack>
    </Paper>
  );
}
