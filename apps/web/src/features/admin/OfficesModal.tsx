import type { AgencyView } from '@lantern/domain';
import { List, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ErrorAlert, ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { EmptyState } from '../shared/ListStates';
import { useFieldErrors } from '../shared/useFieldErrors';
import { adminKeys, type Office, useOffices } from './queries';
import { nameTooShort } from './RenameAgencyModal';

/** An agency's offices and desks (an "intake desk" that several officers answer for), and a new one. */
export function OfficesModal({ agency, onClose }: { agency: AgencyView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const offices = useOffices(agency?.id ?? null);
  const [name, setName] = useState('');
  const create = useMutation({
    mutationFn: (body: { name: string }) =>
      api<Office>(`/api/admin/agencies/${encodeURIComponent(agency?.id ?? '')}/offices`, {
        method: 'POST',
        body,
      }),
    onSuccess: () => {
      setName('');
      void queryClient.invalidateQueries({ queryKey: adminKeys.offices(agency?.id ?? '') });
    },
  });
  const { errorOf, accept } = useFieldErrors(create.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (accept({ name: nameTooShort(name, t) })) create.mutate({ name: name.trim() });
  }

  return (
    <FormModal
      opened={agency !== null}
      onClose={onClose}
      title={t('admin.offices.title', { agency: agency?.name ?? '' })}
    >
      <Stack gap="md">
        <Text size="sm">{t('admin.offices.intro')}</Text>
        {offices.isPending && <Skeleton height={48} />}
        <ErrorAlert message={offices.error?.message} />
        {offices.data && offices.data.length === 0 && <EmptyState>{t('admin.offices.empty')}</EmptyState>}
        {offices.data && offices.data.length > 0 && (
          <List spacing="xs" data-testid="offices-list">
            {offices.data.map((office) => (
              <List.Item key={office.id}>{office.name}</List.Item>
            ))}
          </List>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            <ServerErrorAlert error={create.error} />
            <TextInput
              label={t('admin.offices.name')}
              description={t('admin.offices.nameHelp')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={errorOf('name')}
            />
            <FormActions pending={create.isPending} submitLabel={t('admin.offices.add')} />
          </Stack>
        </form>
      </Stack>
    </FormModal>
  );
}
