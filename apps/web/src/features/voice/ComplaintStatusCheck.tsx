import { Button, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { ChangeError } from '../cases/PartStatus';
import { formatDayMonthYear } from '../reference/dates';
import { ToneBadge } from '../shell/ToneBadge';
import { useCheckComplaint } from './complaint-queries';

/** The anonymous status check: the receipt code in, the status, dates and the answer out — nothing else. */
export function ComplaintStatusCheck() {
  const { t } = useTranslation();
  const check = useCheckComplaint();
  const [code, setCode] = useState('');
  const notFound = check.error instanceof ApiError && check.error.status === 404;
  const status = check.data;
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="complaint-check-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (code.trim()) check.mutate(code.trim());
        }}
        noValidate
      >
        <Stack gap="md">
          <Title order={2} size="h3" id="complaint-check-title">
            {t('voice.complaint.check.title')}
          </Title>
          <TextInput
            size="md"
            label={t('voice.complaint.check.code')}
            value={code}
            maxLength={40}
            autoComplete="off"
            dir="ltr"
            onChange={(event) => setCode(event.currentTarget.value)}
            error={notFound ? t('voice.complaint.check.notFound') : undefined}
            data-testid="complaint-check-code"
          />
          {!notFound && <ChangeError error={check.error} />}
          <Button
            type="submit"
            variant="default"
            h={44}
            loading={check.isPending}
            style={{ alignSelf: 'flex-start' }}
          >
            {t('voice.complaint.check.submit')}
          </Button>
          {status && (
            <Stack gap="xs" role="status" data-testid="complaint-check-result">
              <ToneBadge tone={status.status === 'closed' ? 'neutral' : 'info'} size="lg">
                {t(`voice.complaint.status.${status.status}`)}
              </ToneBadge>
              <Text size="sm">
                {t('voice.complaint.check.received', { date: formatDayMonthYear(status.receivedOn) })} ·{' '}
                {t('voice.complaint.dueOn', { date: formatDayMonthYear(status.dueOn) })}
              </Text>
              <Text fw={600}>{t('voice.complaint.check.response')}</Text>
              <Text style={{ whiteSpace: 'pre-wrap' }}>
                {status.response ?? t('voice.complaint.check.noResponse')}
              </Text>
            </Stack>
          )}
        </Stack>
      </form>
    </Paper>
  );
}
