import type { GroupView, UpdateGroupInput } from '@lantern/domain';
import { Checkbox, TextInput } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { VocabularySelect } from '../cases/VocabularyField';
import { useProvinces, useUnitsUnder } from '../reference/queries';
import { UnitSelect } from '../reference/UnitSelect';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useUpdateGroup } from './queries';

/**
 * Corrects a group the reader's agency facilitates: name, commune, start date, livelihood focus and facilitator
 * (the reader, another account kept as it is, or a typed name). Only what changed is sent.
 */
export function EditGroupForm({ group, onDone }: { group: GroupView; onDone: (saved: boolean) => void }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const update = useUpdateGroup(group.id);
  const fields = useFieldErrors(update.error);
  const [name, setName] = useState(group.name);
  const [provinceCode, setProvinceCode] = useState<string | null>(group.provinceCode);
  const [communeCode, setCommuneCode] = useState<string | null>(group.communeCode);
  const [startedOn, setStartedOn] = useState<string | null>(group.startedOn);
  const [livelihood, setLivelihood] = useState<string | null>(group.livelihoodFocus);
  const otherAccount = group.facilitatorUserId !== null && group.facilitatorUserId !== session.user.id;
  const [me, setMe] = useState(group.facilitatorUserId === session.user.id);
  const [facilitatorName, setFacilitatorName] = useState(
    group.facilitatorUserId === null ? (group.facilitator ?? '') : '',
  );
  const provinces = useProvinces('2025');
  const communes = useUnitsUnder('2025', provinceCode);

  const facilitatorChange = (): Pick<UpdateGroupInput, 'facilitatorUserId' | 'facilitatorName'> => {
    if (me) return group.facilitatorUserId === session.user.id ? {} : { facilitatorUserId: session.user.id };
    const typed = facilitatorName.trim();
    // Another user of the agency stays the facilitator until a name is typed or "I facilitate" is ticked.
    if (otherAccount && !typed) return {};
    if (group.facilitatorUserId === null && typed === (group.facilitator ?? '')) return {};
    return typed ? { facilitatorName: typed } : { facilitatorUserId: null, facilitatorName: null };
  };

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      name: name.trim() ? undefined : required,
      communeCode: communeCode ? undefined : required,
      startedOn: startedOn ? undefined : required,
      livelihoodFocus: livelihood ? undefined : required,
    });
    if (!ok || !communeCode || !startedOn || !livelihood) return;
    const input: UpdateGroupInput = {
      ...(name.trim() !== group.name ? { name: name.trim() } : {}),
      ...(communeCode !== group.communeCode ? { communeCode } : {}),
      ...(startedOn !== group.startedOn ? { startedOn } : {}),
      ...(livelihood !== group.livelihoodFocus ? { livelihoodFocus: livelihood } : {}),
      ...facilitatorChange(),
    };
    if (Object.keys(input).length === 0) return onDone(false);
    update.mutate(input, { onSuccess: () => onDone(true) });
  };

  return (
    <PartForm title={t('groups.form.edit')} onSubmit={submit}>
      <TextInput
        label={t('groups.form.name')}
        required
        {...fields.textField('name', name, setName)}
        data-testid="group-edit-name"
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
        testId="group-edit-province"
      />
      <UnitSelect
        label={t('groups.filter.commune')}
        units={communes.data?.units}
        value={communeCode}
        onChange={setCommuneCode}
        loading={communes.isLoading}
        waitingFor={provinceCode ? undefined : t('groups.filter.province')}
        error={fields.errorOf('communeCode')}
        testId="group-edit-commune"
      />
      <DayInput
        label={t('groups.form.startedOn')}
        value={startedOn}
        onChange={setStartedOn}
        error={fields.errorOf('startedOn')}
        required
        testId="group-edit-started"
      />
      <VocabularySelect
        vocabulary="vn-livelihood-focus"
        label={t('groups.form.livelihood')}
        value={livelihood}
        onChange={setLivelihood}
        error={fields.errorOf('livelihoodFocus')}
        required
        testId="group-edit-livelihood"
      />
      <Checkbox
        label={t('groups.form.facilitatorMe')}
        checked={me}
        onChange={(event) => setMe(event.currentTarget.checked)}
        data-testid="group-edit-facilitator-me"
      />
      {!me && (
        <TextInput
          label={t('groups.form.facilitatorName')}
          description={
            otherAccount
              ? `${t('groups.page.facilitator')}: ${group.facilitator ?? ''}`
              : t('groups.form.facilitatorNone')
          }
          {...fields.textField('facilitatorName', facilitatorName, setFacilitatorName)}
          data-testid="group-edit-facilitator-name"
        />
      )}
      <PartFormFooter
        error={update.error}
        submitLabel={t('groups.form.save')}
        pending={update.isPending}
        onCancel={() => onDone(false)}
      />
    </PartForm>
  );
}
