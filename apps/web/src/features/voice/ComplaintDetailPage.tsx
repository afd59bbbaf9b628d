import { type ComplaintDetail, type ComplaintStep, statusAfterStep } from '@lantern/domain';
import { Button, Paper, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { ChangeError, PartStatus } from '../cases/PartStatus';
import { PageHeader } from '../shared/PageHeader';
import { useFieldErrors } from '../shared/useFieldErrors';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { ComplaintDeadline } from './ComplaintDeadline';
import { useComplaint, useComplaintStep } from './complaint-queries';

const STEPS: ComplaintStep[] = ['review', 'respond', 'note', 'close', 'reopen'];

/** One complaint: what was written, the steps taken, and the form for the next step. */
export function ComplaintDetailPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/complaints/$id' });
  const complaint = useComplaint(id);
  return (
    <Stack gap="md" maw={800}>
      <AnchorLink to="/complaints">{t('voice.detail.back')}</AnchorLink>
      <PartStatus query={complaint}>
        {complaint.data && <ComplaintView complaint={complaint.data} />}
      </PartStatus>
    </Stack>
  );
}

function ComplaintView({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="md">
      <PageHeader title={t('voice.detail.title', { agency: complaint.concernedAgency.name })} />
      <Text>
        <ToneBadge
          tone={complaint.status === 'closed' ? 'neutral' : 'info'}
          size="md"
          data-testid="complaint-status"
        >
          {t(`voice.complaint.status.${complaint.status}`)}
        </ToneBadge>{' '}
        {t(`voice.complaint.categories.${complaint.category}`)} · {t('voice.inbox.deadline')}:{' '}
        <ComplaintDeadline complaint={complaint} />
      </Text>
      <Paper withBorder p="md">
        <Title order={2} size="h4">
          {t('voice.detail.description')}
        </Title>
        <Text style={{ whiteSpace: 'pre-wrap' }} data-testid="complaint-description">
          {complaint.description}
        </Text>
        <Text size="sm" mt="sm">
          {t('voice.detail.contact')}: {complaint.contact ?? t('voice.detail.noContact')}
        </Text>
      </Paper>
      {complaint.response && (
        <Paper withBorder p="md">
          <Title order={2} size="h4">
            {t('voice.detail.response')}
          </Title>
          <Text style={{ whiteSpace: 'pre-wrap' }}>{complaint.response}</Text>
        </Paper>
      )}
      <Paper withBorder p="md">
        <Title order={2} size="h4">
          {t('voice.detail.actions')}
        </Title>
        {complaint.actions.length === 0 ? (
          <Text size="sm">{t('voice.detail.noActions')}</Text>
        ) : (
          <Stack component="ol" gap={4} m={0} ps="md">
            {complaint.actions.map((action) => (
              <Text component="li" size="sm" key={`${action.at}-${action.step}`}>
                <bdi>{formatDateTime(action.at, locale)}</bdi> · {action.by} ·{' '}
                {t(`voice.steps.${action.step}`)}
                {action.note ? ` — ${action.note}` : ''}
              </Text>
            ))}
          </Stack>
        )}
      </Paper>
      {complaint.status === 'closed' ? (
        <Text>{t('voice.detail.closedNote')}</Text>
      ) : (
        <StepForm complaint={complaint} />
      )}
    </Stack>
  );
}

function StepForm({ complaint }: { complaint: ComplaintDetail }) {
  const { t } = useTranslation();
  const record = useComplaintStep(complaint.id);
  const possible = STEPS.filter((step) => statusAfterStep(complaint.status, step));
  const [step, setStep] = useState<ComplaintStep>(possible[0] ?? 'note');
  const [note, setNote] = useState('');
  const { errorOf } = useFieldErrors(record.error);
  const chosen = possible.includes(step) ? step : (possible[0] ?? 'note');
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="complaint-step-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          record.mutate(
            { step: chosen, ...(note.trim() ? { note: note.trim() } : {}) },
            { onSuccess: () => setNote('') },
          );
        }}
        noValidate
      >
        <Stack gap="md">
          <Title order={2} size="h4" id="complaint-step-title">
            {t('voice.detail.record')}
          </Title>
          <Select
            size="md"
            label={t('voice.detail.step')}
            data={possible.map((value) => ({ value, label: t(`voice.steps.${value}`) }))}
            value={chosen}
            onChange={(value) => value && setStep(value as ComplaintStep)}
            allowDeselect={false}
            data-testid="complaint-step"
          />
          <Textarea
            size="md"
            label={chosen === 'respond' ? t('voice.detail.responseNote') : t('voice.detail.note')}
            value={note}
            maxLength={4000}
            autosize
            minRows={3}
            onChange={(event) => setNote(event.currentTarget.value)}
            error={errorOf('note')}
            data-testid="complaint-step-note"
          />
          <ChangeError error={record.error && !errorOf('note') ? record.error : null} />
          <Button type="submit" h={44} loading={record.isPending} style={{ alignSelf: 'flex-start' }}>
            {t('voice.detail.save')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
