import { type ComplaintReceipt, complaintCategories, type FileComplaintInput } from '@lantern/domain';
import { Alert, Button, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSession } from '../../lib/session';
import { ChangeError } from '../cases/PartStatus';
import { ChoiceCards } from '../intake/ChoiceCards';
import { formatDayMonthYear } from '../reference/dates';
import { PageHeader } from '../shared/PageHeader';
import { useFieldErrors } from '../shared/useFieldErrors';
import { ComplaintStatusCheck } from './ComplaintStatusCheck';
import { useComplaintAgencies, useFileComplaint } from './complaint-queries';

interface Draft {
  concernedAgencyId: string | null;
  category: string;
  description: string;
  contact: string;
}
const freshDraft = (): Draft => ({ concernedAgencyId: null, category: '', description: '', contact: '' });

/**
 * The public complaint page (#20): no account, no name, on a phone. A signed-in worker may use it on the
 * person's behalf. After sending, the receipt code is shown once, large, for the person to keep.
 */
export function ComplaintPage() {
  const { t } = useTranslation();
  const session = useSession().data ?? null;
  const [receipt, setReceipt] = useState<ComplaintReceipt | null>(null);
  return (
    <Stack gap="lg" maw={640}>
      <PageHeader title={t('voice.complaint.title')} intro={t('voice.complaint.intro')} />
      <Text size="sm">{t('voice.complaint.law')}</Text>
      {session && <Alert color="blue">{t('voice.complaint.onBehalf')}</Alert>}
      {receipt ? (
        <Receipt receipt={receipt} onAnother={() => setReceipt(null)} />
      ) : (
        <ComplaintForm onSent={setReceipt} />
      )}
      <ComplaintStatusCheck />
    </Stack>
  );
}

function Receipt({ receipt, onAnother }: { receipt: ComplaintReceipt; onAnother: () => void }) {
  const { t } = useTranslation();
  return (
    <Paper withBorder p="md" role="status" data-testid="complaint-receipt">
      <Stack gap="sm">
        <Title order={2} size="h3">
          {t('voice.complaint.sent')}
        </Title>
        <Text>{t('voice.complaint.receipt')}</Text>
        <Text fz={28} fw={700} ff="monospace" dir="ltr" data-testid="complaint-receipt-code">
          {receipt.receiptCode}
        </Text>
        <Text size="sm">{t('voice.complaint.receiptHelp')}</Text>
        <Text size="sm">{t('voice.complaint.dueOn', { date: formatDayMonthYear(receipt.dueOn) })}</Text>
        <Button variant="default" h={44} onClick={onAnother} style={{ alignSelf: 'flex-start' }}>
          {t('voice.complaint.another')}
        </Button>
      </Stack>
    </Paper>
  );
}

function ComplaintForm({ onSent }: { onSent: (receipt: ComplaintReceipt) => void }) {
  const { t } = useTranslation();
  const agencies = useComplaintAgencies();
  const file = useFileComplaint();
  const [draft, setDraft] = useState<Draft>(freshDraft);
  const { errorOf, accept } = useFieldErrors(file.error);
  const set =
    <K extends keyof Draft>(key: K) =>
    (value: Draft[K]) =>
      setDraft((current) => ({ ...current, [key]: value }));
  const send = () => {
    const required = t('errors.field.required');
    const ok = accept({
      concernedAgencyId: draft.concernedAgencyId ? undefined : required,
      category: draft.category ? undefined : required,
      description: draft.description.trim() ? undefined : required,
    });
    if (!ok) return;
    const input: FileComplaintInput = {
      concernedAgencyId: draft.concernedAgencyId as string,
      category: draft.category as FileComplaintInput['category'],
      description: draft.description.trim(),
      ...(draft.contact.trim() ? { contact: draft.contact.trim() } : {}),
    };
    file.mutate(input, {
      onSuccess: (receipt) => {
        setDraft(freshDraft());
        onSent(receipt);
      },
    });
  };
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="complaint-form-title">
      <form
        onSubmit={(event) => {
          event.preventDefault();
          send();
        }}
        noValidate
      >
        <Stack gap="lg">
          <Title order={2} size="h3" id="complaint-form-title">
            {t('voice.complaint.title')}
          </Title>
          <Select
            size="md"
            label={t('voice.complaint.agency')}
            description={t('voice.complaint.agencyHelp')}
            data={(agencies.data?.items ?? []).map((agency) => ({ value: agency.id, label: agency.name }))}
            value={draft.concernedAgencyId}
            onChange={set('concernedAgencyId')}
            searchable
            nothingFoundMessage="—"
            error={errorOf('concernedAgencyId')}
            data-testid="complaint-agency"
          />
          <ChoiceCards
            name="category"
            label={t('voice.complaint.category')}
            value={draft.category}
            onChange={set('category')}
            options={complaintCategories.map((code) => ({
              value: code,
              label: t(`voice.complaint.categories.${code}`),
            }))}
            error={errorOf('category')}
          />
          <Textarea
            size="md"
            label={t('voice.complaint.description')}
            description={t('voice.complaint.descriptionHelp')}
            value={draft.description}
            maxLength={4000}
            autosize
            minRows={4}
            onChange={(event) => set('description')(event.currentTarget.value)}
            error={errorOf('description')}
            data-testid="complaint-description"
          />
          <TextInput
            size="md"
            label={t('voice.complaint.contact')}
            description={t('voice.complaint.contactHelp')}
            value={draft.contact}
            maxLength={200}
            onChange={(event) => set('contact')(event.currentTarget.value)}
            error={errorOf('contact')}
          />
          <ChangeError error={file.error} />
          <Button type="submit" size="lg" fullWidth loading={file.isPending} data-testid="complaint-submit">
            {t('voice.complaint.submit')}
          </Button>
        </Stack>
      </form>
    </Paper>
  );
}
