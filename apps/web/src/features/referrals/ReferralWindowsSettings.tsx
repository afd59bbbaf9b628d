import {
  type ReferralUrgency,
  type ReferralWindows,
  type ReferralWindowsView,
  referralUrgencies,
} from '@lantern/domain';
import {
  Alert,
  Button,
  Group,
  NumberInput,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Text,
  Title,
} from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { ServerErrorAlert } from '../shared/Alerts';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useReferralWindows, useSetReferralWindows } from './routing-queries';

type Draft = Record<ReferralUrgency, { respondHours: number | string; completeHours: number | string }>;

/**
 * How long a recipient has to answer a referral, and to deliver, by urgency: configuration for the system
 * administrator, shown with the built-in defaults. The server checks it (answer > 0, completion ≥ answer).
 */
export function ReferralWindowsSettings() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const windows = useReferralWindows();
  if (!hasPermission(session, 'admin.agencies.manage')) return null;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="referral-windows-title">
      <Stack gap="sm">
        <Title order={2} size="h4" id="referral-windows-title">
          {t('referralRouting.windows.title')}
        </Title>
        <Text size="sm" c="dimmed">
          {t('referralRouting.windows.intro')}
        </Text>
        {windows.isPending && <Skeleton height={160} />}
        {windows.isError && (
          <Alert color="red" role="alert">
            {windows.error.message}
          </Alert>
        )}
        {windows.data && <WindowsForm view={windows.data} />}
      </Stack>
    </Paper>
  );
}

function WindowsForm({ view }: { view: ReferralWindowsView }) {
  const { t } = useTranslation();
  const save = useSetReferralWindows();
  const [draft, setDraft] = useState<Draft>(view.windows);
  const { errorOf } = useFieldErrors(save.error);
  const set = (urgency: ReferralUrgency, field: 'respondHours' | 'completeHours', value: number | string) =>
    setDraft({ ...draft, [urgency]: { ...draft[urgency], [field]: value } });
  const submit = () => {
    const windows = Object.fromEntries(
      referralUrgencies.map((urgency) => [
        urgency,
        {
          respondHours: Number(draft[urgency].respondHours) || 0,
          completeHours: Number(draft[urgency].completeHours) || 0,
        },
      ]),
    ) as ReferralWindows;
    save.mutate(windows);
  };
  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        {referralUrgencies.map((urgency) => (
          <Stack key={urgency} gap={4} data-testid={`referral-window-${urgency}`}>
            <Text fw={600}>{t(`referralsWeb.urgency.${urgency}`)}</Text>
            <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
              {(['respondHours', 'completeHours'] as const).map((field) => (
                <NumberInput
                  key={field}
                  label={t(`referralRouting.windows.${field}`)}
                  size="md"
                  min={1}
                  allowDecimal={false}
                  allowNegative={false}
                  name={`${urgency}.${field}`}
                  value={draft[urgency][field]}
                  onChange={(value) => set(urgency, field, value)}
                  error={errorOf(`${urgency}.${field}`)}
                />
              ))}
            </SimpleGrid>
            <Text size="sm" c="dimmed">
              {t('referralRouting.windows.default', {
                respond: view.defaults[urgency].respondHours,
                complete: view.defaults[urgency].completeHours,
              })}
            </Text>
          </Stack>
        ))}
        <ServerErrorAlert error={save.error} shownElsewhere={[]} />
        {save.isSuccess && (
          <Alert color="green" role="status">
            {t('referralRouting.windows.saved')}
          </Alert>
        )}
        <Group gap="sm">
          <Button type="submit" h={44} loading={save.isPending} data-testid="referral-windows-save">
            {t('referralRouting.windows.save')}
          </Button>
          <Button variant="default" h={44} onClick={() => setDraft(view.defaults)}>
            {t('referralRouting.windows.useDefaults')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
