import { normaliseCode, type StatusCheckAnswer } from '@lantern/domain';
import { Alert, Anchor, Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { formatDayMonthYear } from '../reference/dates';
import { stepText } from './status-labels';

/**
 * The public status page (/survivor/status): a survivor or guardian types the code a worker gave them and sees
 * the current step of their support and whom to call — never a name, an address or a case detail (the server
 * answers only an allow-list). Nothing is kept in the browser: the answer disappears with the page.
 */
export function StatusCheckPage() {
  const { t, i18n } = useTranslation();
  const [typed, setTyped] = useState('');
  const [problem, setProblem] = useState<string | undefined>();
  const lookup = useMutation({
    mutationFn: (code: string) =>
      api<StatusCheckAnswer>('/api/survivor/status', { method: 'POST', body: { code } }),
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    if (!normaliseCode(typed)) {
      setProblem(t('statusCheck.page.codeRequired'));
      return;
    }
    setProblem(undefined);
    lookup.mutate(typed);
  }

  const answer = lookup.data;
  const serverError = lookup.error instanceof ApiError ? lookup.error.message : lookup.error?.message;
  return (
    <Stack gap="lg" mt="md">
      <Title order={1} size="h2">
        {t('statusCheck.page.title')}
      </Title>
      {answer ? (
        <StatusAnswer answer={answer} language={i18n.language} />
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="md">
            <Text>{t('statusCheck.page.intro')}</Text>
            <TextInput
              label={t('statusCheck.page.code')}
              description={t('statusCheck.page.codeHelp')}
              value={typed}
              onChange={(event) => setTyped(event.currentTarget.value)}
              error={problem}
              autoComplete="off"
              autoCapitalize="characters"
              spellCheck={false}
              size="md"
              dir="ltr"
              data-testid="status-code"
            />
            {serverError && (
              <Alert color="red" variant="outline" role="alert" data-testid="status-error">
                <Text>{serverError}</Text>
              </Alert>
            )}
            <Button type="submit" h={48} loading={lookup.isPending} fullWidth>
              {t('statusCheck.page.submit')}
            </Button>
          </Stack>
        </form>
      )}
      {answer && (
        <Anchor
          component="button"
          type="button"
          py="xs"
          onClick={() => {
            lookup.reset();
            setTyped('');
          }}
        >
          {t('statusCheck.page.again')}
        </Anchor>
      )}
      <Text size="sm">{t('statusCheck.page.privacy')}</Text>
    </Stack>
  );
}

function StatusAnswer({ answer, language }: { answer: StatusCheckAnswer; language: string }) {
  const { t } = useTranslation();
  return (
    <Stack gap="md" data-testid="status-answer">
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('statusCheck.page.resultTitle')}
          </Title>
          <Text size="lg" fw={600} data-testid="status-step">
            {stepText(answer, language, t)}
          </Text>
          {answer.stepOn && (
            <Text>{t('statusCheck.page.since', { on: formatDayMonthYear(answer.stepOn) })}</Text>
          )}
          {answer.nextVisitOn && (
            <Text fw={600}>
              {t('statusCheck.page.nextVisit', { on: formatDayMonthYear(answer.nextVisitOn) })}
            </Text>
          )}
        </Stack>
      </Paper>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={2} size="h4">
            {t('statusCheck.page.contactTitle')}
          </Title>
          {answer.agencyName ? (
            <Text>{t('statusCheck.page.callAgency', { agency: answer.agencyName })}</Text>
          ) : (
            <Text>{t('statusCheck.page.callWorker')}</Text>
          )}
          {answer.agencyPhone && (
            <Anchor href={`tel:${answer.agencyPhone.replace(/[^\d+]/g, '')}`} size="lg" dir="ltr">
              {t('statusCheck.page.callPhone', { phone: answer.agencyPhone })}
            </Anchor>
          )}
        </Stack>
      </Paper>
    </Stack>
  );
}
