import type { AgencyView } from '@lantern/domain';
import { Alert, Button, Group, Modal, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { adminKeys } from './queries';

export function RenameAgencyModal({ agency, onClose }: { agency: AgencyView | null; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Modal
      opened={agency !== null}
      onClose={onClose}
      title={t('admin.agencies.renameTitle')}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      {agency && <RenameForm key={agency.id} agency={agency} onClose={onClose} />}
    </Modal>
  );
}

function RenameForm({ agency, onClose }: { agency: AgencyView; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [name, setName] = useState(agency.name);
  const [localError, setLocalError] = useState<string | undefined>();
  const rename = useMutation({
    mutationFn: (body: { name: string }) =>
      api<AgencyView>(`/api/admin/agencies/${encodeURIComponent(agency.id)}`, { method: 'PATCH', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.agencies });
      onClose();
    },
  });
  const serverError = rename.error instanceof ApiError ? rename.error : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim().length < 2) return setLocalError(t('errors.field.too_short', { minimum: 2 }));
    setLocalError(undefined);
    rename.mutate({ name: name.trim() });
  }

  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="md">
        {serverError && serverError.details.length === 0 && (
          <Alert color="red" role="alert">
            {serverError.message}
          </Alert>
        )}
        <TextInput
          label={t('admin.agencies.name')}
          value={name}
          onChange={(event) => setName(event.currentTarget.value)}
          error={localError ?? serverError?.fieldError('name')}
        />
        <Group justify="flex-end" gap="sm">
          <Button variant="default" onClick={onClose}>
            {t('common.cancel')}
          </Button>
          <Button type="submit" loading={rename.isPending}>
            {t('common.save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
