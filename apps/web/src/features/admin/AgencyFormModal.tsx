import type { AgencyView } from '@lantern/domain';
import { NativeSelect, Stack, Text, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { emptyLocation, LocationPicker, type LocationValue } from '../reference/LocationPicker';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { useFieldErrors } from '../shared/useFieldErrors';
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
  const { errorOf, accept, textField, shownElsewhere } = useFieldErrors(create.error, {
    'agency.unknown_type': 'typeCode',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (form.name.trim().length < 2) errors.name = t('errors.field.too_short', { minimum: 2 });
    if (!form.typeCode) errors.typeCode = t('errors.field.required');
    if (!location.provinceCode) errors.provinceCode = t('errors.field.required');
    if (!accept(errors)) return;
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
    <FormModal
      opened={opened}
      onClose={onClose}
      title={t('admin.agencies.createTitle')}
      size="lg"
      keepMounted
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ServerErrorAlert error={create.error} shownElsewhere={shownElsewhere} />
          <TextInput
            label={t('admin.agencies.name')}
            description={t('admin.agencies.nameHelp')}
            required
            {...textField('name', form.name, (name) => setForm({ ...form, name }))}
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
            size="md"
            {...textField('parentId', form.parentId, (parentId) => setForm({ ...form, parentId }))}
            data={[{ value: '', label: t('admin.agencies.noParent') }, ...parentOptions]}
          />
          <FormActions
            onCancel={onClose}
            pending={create.isPending}
            submitLabel={t('admin.agencies.create')}
          />
        </Stack>
      </form>
    </FormModal>
  );
}
