import { todayInVietNam } from '@lantern/domain';
import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { useFieldErrors } from '../shared/useFieldErrors';
import { GroupFields, type GroupFieldValues, missingGroupFields } from './GroupFields';
import { useCreateGroup } from './queries';

/** A new group in a commune of the 2025 map, facilitated by the reader's agency. */
export function NewGroupForm({ onDone }: { onDone: () => void }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const navigate = useNavigate();
  const create = useCreateGroup();
  const fields = useFieldErrors(create.error);
  const [values, setValues] = useState<GroupFieldValues>(() => ({
    name: '',
    provinceCode: null,
    communeCode: null,
    startedOn: todayInVietNam(),
    livelihoodFocus: null,
    facilitatedByMe: true,
    facilitatorName: '',
  }));

  const submit = () => {
    const ok = fields.accept(missingGroupFields(values, t('errors.field.required')));
    const { name, communeCode, startedOn, livelihoodFocus, facilitatedByMe, facilitatorName } = values;
    if (!ok || !communeCode || !startedOn || !livelihoodFocus) return;
    create.mutate(
      {
        name: name.trim(),
        communeCode,
        startedOn,
        livelihoodFocus,
        ...(facilitatedByMe ? { facilitatorUserId: session.user.id } : {}),
        ...(!facilitatedByMe && facilitatorName.trim() ? { facilitatorName: facilitatorName.trim() } : {}),
      },
      { onSuccess: (group) => void navigate({ to: '/groups/$id', params: { id: group.id } }) },
    );
  };

  return (
    <PartForm title={t('groups.new')} onSubmit={submit}>
      <GroupFields
        values={values}
        onChange={(change) => setValues((current) => ({ ...current, ...change }))}
        fields={fields}
        testIdPrefix="group"
      />
      <PartFormFooter
        error={create.error}
        submitLabel={t('groups.form.create')}
        pending={create.isPending}
        onCancel={onDone}
      />
    </PartForm>
  );
}
