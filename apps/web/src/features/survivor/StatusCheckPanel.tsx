import { formatCode } from '@lantern/domain';
import { Alert, Button, Code, Group, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDayMonthYear } from '../reference/dates';
import { ErrorAlert } from '../shared/Alerts';
import { Panel } from '../shared/Panel';
import { useStatusActions, useStatusPanel } from './status-queries';

/**
 * The case page's panel for the private status check: switch it on or off, issue (or re-issue) the code and
 * revoke it. A new code is shown here once, for the worker to hand over; after that only its date is known.
 */
export function StatusCheckPanel({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const panel = useStatusPanel(caseId);
  const { issue, revoke, toggle } = useStatusActions(caseId);
  const state = panel.data;
  const failed = issue.error ?? revoke.error ?? toggle.error ?? panel.error;
  const address = `${window.location.origin}/survivor/status`;
  const issued = issue.data && state?.codeIssuedAt === issue.data.codeIssuedAt ? issue.data : undefined;

  return (
    <Panel title={t('statusCheck.panel.title')} padding="md" titleSize="h4">
      <Text size="sm">{t('statusCheck.panel.intro')}</Text>
      <ErrorAlert message={failed?.message} />
      {state && (
        <Stack gap="sm" data-testid="status-check-panel">
          <Switch
            checked={state.enabled}
            onChange={(event) => toggle.mutate(event.currentTarget.checked)}
            disabled={toggle.isPending}
            label={t('statusCheck.panel.enabled')}
            description={t('statusCheck.panel.enabledHelp')}
            data-testid="status-check-enabled"
          />
          {!state.enabled ? (
            <Text>{t('statusCheck.panel.disabled')}</Text>
          ) : (
            <>
              <Text data-testid="status-code-state">
                {state.codeIssuedAt
                  ? t('statusCheck.panel.codeSince', {
                      on: formatDayMonthYear(state.codeIssuedAt.slice(0, 10)),
                    })
                  : t('statusCheck.panel.noCode')}
              </Text>
              {issued && (
                <Alert color="blue" variant="outline" title={t('statusCheck.panel.newCode')}>
                  <Stack gap="xs">
                    <Code fz="xl" dir="ltr" data-testid="issued-status-code">
                      {formatCode(issued.code)}
                    </Code>
                    <Text size="sm">{t('statusCheck.panel.newCodeHelp', { address })}</Text>
                  </Stack>
                </Alert>
              )}
              <Group gap="sm">
                <Button
                  h={44}
                  onClick={() => issue.mutate()}
                  loading={issue.isPending}
                  data-testid="issue-status-code"
                >
                  {state.codeIssuedAt ? t('statusCheck.panel.reissue') : t('statusCheck.panel.issue')}
                </Button>
                {state.codeIssuedAt && (
                  <Button h={44} variant="default" onClick={() => revoke.mutate()} loading={revoke.isPending}>
                    {t('statusCheck.panel.revoke')}
                  </Button>
                )}
              </Group>
            </>
          )}
        </Stack>
      )}
    </Panel>
  );
}
