import { todayInVietNam } from '@lantern/domain';
import { Checkbox, TextInput } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { VocabularySelect } from '../cases/VocabularyField';
import { useProvinces, useUnitsUnder } from '../reference/queries';
import { UnitSelect } from '../reference/UnitSelect';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useCreateGroup } from './queries';

/** A new group in a commune of the 2025 map, facilitated by the reader's agency. */
export function NewGroupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const navigate = useNavigate();
  const create = useCreateGroup();
  const fields = useFieldErrors(create.error);
  const [name, setName] = useState('');
  const [provinceCode, setProvinceCode] = useState<string | null>(null);
  const [communeCode, setCommuneCode] = useState<string | null>(null);
  const [startedOn, setStartedOn] = useState<string | null>(todayInVietNam());
  const [livelihood, setLivelihood] = useState<string | null>(null);
  const [me, setMe] = useState(true);
  const [facilitatorName, setFacilitatorName] = useState('');
  const provinces = useProvinces('2025');
  const communes = useUnitsUnder('2025', provinceCode);

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      name: name.trim() ? undefined : required,
      communeCode: communeCode ? undefined : required,
      startedOn: startedOn ? undefined : required,
      livelihoodFocus: livelihood ? undefined : required,
    });
    if (!ok || !communeCode || !startedOn || !livelihood) return;
    create.mutate(
      {
        name: name.trim(),
        communeCode,
        startedOn,
        livelihoodFocus: livelihood,
        ...(me ? { facilitatorUserId: session.user.id } : {}),
        ...(!me && facilitatorName.trim() ? { facilitatorName: facilitatorName.trim() } : {}),
      },
      { onSuccess: (group) => void navigate({ to: '/groups/$id', params: { id: group.id } }) },
    );
  };

  return (
    <PartForm title={t('groups.new')} onSubmit={submit}>
      <TextInput
        label={t('groups.form.name')}
        required
        {...fields.textField('name', name, setName)}
        data-testid="group-name"
      />
      <UnitSelect
        label={t('groups.filter.province')}
        units={provinces.data?.units}
        value={provinceCode}
        onChange={(code) => {
          setProvinceCode(code);
          setCommuneCode(null);
        }}
        loading={provinces.isLoading}
        testId="group-province"
      />
      <UnitSelect
        label={t('groups.filter.commune')}
        units={communes.data?.units}
        value={communeCode}
        onChange={setCommuneCode}
        loading={communes.isLoading}
        waitingFor={provinceCode ? undefined : t('groups.filter.province')}
        error={fields.errorOf('communeCode')}
        testId="group-commune"
      />
      <DayInput
        label={t('groups.form.startedOn')}
        value={startedOn}
        onChange={setStartedOn}
        error={fields.errorOf('startedOn')}
        required
        testId="group-started"
      />
      <VocabularySelect
        vocabulary="vn-livelihood-focus"
        label={t('groups.form.livelihood')}
        value={livelihood}
        onChange={setLivelihood}
        error={fields.errorOf('livelihoodFocus')}
        required
        testId="group-livelihood"
      />
      <Checkbox
        label={t('groups.form.facilitatorMe')}
        checked={me}
        onChange={(event) => setMe(event.currentTarget.checked)}
      />
      {!me && (
        <TextInput
          label={t('groups.form.facilitatorName')}
          {...fields.textField('facilitatorName', facilitatorName, setFacilitatorName)}
        />
      )}
      <PartFormFooter
        error={create.error}
        submitLabel={t('groups.form.create')}
        pending={create.isPending}
        onCancel={onDone}
      />
    </PartForm>
  );
}
