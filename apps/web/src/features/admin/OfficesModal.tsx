import type { AgencyView } from '@lantern/domain';
import { Alert, Button, Group, List, Modal, Skeleton, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { adminKeys, type Office, useOffices } from './queries';

/** An agency's offices and desks (an "intake desk" that several officers answer for), and a new one. */
export function OfficesModal({ agency, onClose }: { agency: AgencyView | null; onClose: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const offices = useOffices(agency?.id ?? null);
  const [name, setName] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
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
  const serverError = create.error instanceof ApiError ? create.error : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    if (name.trim().length < 2) return setLocalError(t('errors.field.too_short', { minimum: 2 }));
    setLocalError(undefined);
    create.mutate({ name: name.trim() });
  }

  return (
    <Modal
      opened={agency !== null}
      onClose={onClose}
      title={t('admin.offices.title', { agency: agency?.name ?? '' })}
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <Stack gap="md">
        <Text size="sm">{t('admin.offices.intro')}</Text>
        {offices.isPending && <Skeleton height={48} />}
        {offices.isError && (
          <Alert color="red" role="alert">
            {offices.error.message}
          </Alert>
        )}
        {offices.data && offices.data.length === 0 && <Text c="dimmed">{t('admin.offices.empty')}</Text>}
        {offices.data && offices.data.length > 0 && (
          <List spacing="xs" data-testid="offices-list">
            {offices.data.map((office) => (
              <List.Item key={office.id}>{office.name}</List.Item>
            ))}
          </List>
        )}
        <form onSubmit={submit} noValidate>
          <Stack gap="sm">
            {serverError && serverError.details.length === 0 && (
              <Alert color="red" role="alert">
                {serverError.message}
              </Alert>
            )}
            <TextInput
              label={t('admin.offices.name')}
              description={t('admin.offices.nameHelp')}
              value={name}
              onChange={(event) => setName(event.currentTarget.value)}
              error={localError ?? serverError?.fieldError('name')}
            />
            <Group justify="flex-end">
              <Button type="submit" loading={create.isPending}>
                {t('admin.offices.add')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Stack>
    </Modal>
  );
}
