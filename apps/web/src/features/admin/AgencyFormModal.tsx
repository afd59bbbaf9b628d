import type { AgencyView } from '@lantern/domain';
import { Alert, Button, Group, Modal, NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { emptyLocation, LocationPicker, type LocationValue } from '../reference/LocationPicker';
import { agencyTypeLabel } from './labels';
import { adminKeys, useAgencyTypes } from './queries';

interface AgencyFormModalProps {
  opened: boolean;
  onClose: () => void;
  agencies: readonly AgencyView[];
  onCreated: (agency: AgencyView) => void;
}

const emptyForm = { name: '', typeCode: '', parentId: '' };

/** A new agency: its name, kind, where it is (province and, if it serves one, a commune) and its parent. */
export function AgencyFormModal({ opened, onClose, agencies, onCreated }: AgencyFormModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const types = useAgencyTypes();
  const [form, setForm] = useState(emptyForm);
  const [location, setLocation] = useState<LocationValue>(() => emptyLocation('2025'));
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});

  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<AgencyView>('/api/admin/agencies', { method: 'POST', body }),
    onSuccess: (agency) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.agencies });
      setForm(emptyForm);
      setLocation(emptyLocation('2025'));
      onCreated(agency);
    },
  });
  const serverError = create.error instanceof ApiError ? create.error : undefined;
  const errorOf = (field: string) =>
    localErrors[field] ??
    serverError?.fieldError(field) ??
    (field === 'typeCode' && serverError?.code === 'agency.unknown_type' ? serverError.message : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (form.name.trim().length < 2) errors.name = t('errors.field.too_short', { minimum: 2 });
    if (!form.typeCode) errors.typeCode = t('errors.field.required');
    if (!location.provinceCode) errors.provinceCode = t('errors.field.required');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate({
      name: form.name.trim(),
      typeCode: form.typeCode,
      provinceCode: location.provinceCode,
      ...(location.communeCode ? { communeCode: location.communeCode } : {}),
      ...(form.parentId ? { parentId: form.parentId } : {}),
    });
  }

  const typeOptions = (types.data ?? []).map((type) => ({
    value: type.code,
    label: agencyTypeLabel(t, type.code, type.label),
  }));
  const parentOptions = agencies
    .filter((agency) => !agency.disabled)
    .map((agency) => ({ value: agency.id, label: agency.name }))
    .sort((a, b) => a.label.localeCompare(b.label, 'vi'));

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('admin.agencies.createTitle')}
      size="lg"
      keepMounted
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {serverError && serverError.details.length === 0 && serverError.code !== 'agency.unknown_type' && (
            <Alert color="red" role="alert">
              {serverError.message}
            </Alert>
          )}
          <TextInput
            label={t('admin.agencies.name')}
            description={t('admin.agencies.nameHelp')}
            name="name"
            required
            value={form.name}
            onChange={(event) => setForm({ ...form, name: event.currentTarget.value })}
            error={errorOf('name')}
          />
          <NativeSelect
            label={t('admin.agencies.type')}
            name="typeCode"
            required
            size="md"
            value={form.typeCode}
            onChange={(event) => setForm({ ...form, typeCode: event.currentTarget.value })}
            data={[{ value: '', label: t('admin.agencies.typePlaceholder') }, ...typeOptions]}
            error={errorOf('typeCode') ?? (types.isError ? types.error.message : undefined)}
          />
          <LocationPicker value={location} onChange={setLocation} legend={t('admin.agencies.location')} />
          {(errorOf('provinceCode') || errorOf('communeCode')) && (
            <Text c="red.8" size="sm" role="alert">
              {errorOf('provinceCode') ?? errorOf('communeCode')}
            </Text>
          )}
          <NativeSelect
            label={t('admin.agencies.parent')}
            description={t('admin.agencies.parentHelp')}
            name="parentId"
            size="md"
            value={form.parentId}
            onChange={(event) => setForm({ ...form, parentId: event.currentTarget.value })}
            data={[{ value: '', label: t('admin.agencies.noParent') }, ...parentOptions]}
            error={errorOf('parentId')}
          />
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('admin.agencies.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
