import type { AgencyView } from '@lantern/domain';
import { Checkbox, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { useFieldErrors } from '../shared/useFieldErrors';
import { adminKeys } from './queries';

export function RenameAgencyModal({ agency, onClose }: { agency: AgencyView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <FormModal opened={agency !== null} onClose={onClose} title={t('admin.agencies.renameTitle')}>
      {agency && <RenameForm key={agency.id} agency={agency} onClose={onClose} />}
    </FormModal>
  );
}

function RenameForm({ agency, onClose }: { agency: AgencyView; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(agency.name);
  const [disclosesAsHolder, setDisclosesAsHolder] = useState(agency.disclosesAsHolder);
  const rename = useMutation({
    mutationFn: (body: { name: string; disclosesAsHolder: boolean }) =>
      api<AgencyView>(`/api/admin/agencies/${encodeURIComponent(agency.id)}`, { method: 'PATCH', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.agencies });
      onClose();
    },
  });
  const { errorOf, accept } = useFieldErrors(rename.error);

  function submit(event: FormEvent) {
    event.preventDefault();
    if (accept({ name: nameTooShort(name, t) })) rename.mutate({ name: name.trim(), disclosesAsHolder });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        <ServerErrorAlert error={rename.error} />
        <TextInput
          label={t('admin.agencies.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={errorOf('name')}
        />
        <Checkbox
          size="md"
          label={t('coordination.admin.disclosesAsHolder')}
          description={t('coordination.admin.disclosesAsHolderHint')}
          checked={disclosesAsHolder}
          onChange={(event) => setDisclosesAsHolder(event.currentTarget.checked)}
          data-testid="agency-discloses-as-holder"
        />
        <FormActions onCancel={onClose} pending={rename.isPending} submitLabel={t('common.save')} />
      </Stack>
    </form>
  );
}

/** Names of agencies and offices take at least two characters. */
export function nameTooShort(name: string, t: (key: string, options: { minimum: number }) => string) {
  return name.trim().length < 2 ? t('errors.field.too_short', { minimum: 2 }) : undefined;
}
