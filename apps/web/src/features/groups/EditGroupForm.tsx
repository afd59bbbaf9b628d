import type { GroupView, UpdateGroupInput } from '@lantern/domain';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { useFieldErrors } from '../shared/useFieldErrors';
import { GroupFields, type GroupFieldValues, missingGroupFields } from './GroupFields';
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
  const otherAccount = group.facilitatorUserId !== null && group.facilitatorUserId !== session.user.id;
  const [values, setValues] = useState<GroupFieldValues>(() => ({
    name: group.name,
    provinceCode: group.provinceCode,
    communeCode: group.communeCode,
    startedOn: group.startedOn,
    livelihoodFocus: group.livelihoodFocus,
    facilitatedByMe: group.facilitatorUserId === session.user.id,
    facilitatorName: group.facilitatorUserId === null ? (group.facilitator ?? '') : '',
  }));

  const facilitatorChange = (): Pick<UpdateGroupInput, 'facilitatorUserId' | 'facilitatorName'> => {
    if (values.facilitatedByMe) {
      return group.facilitatorUserId === session.user.id ? {} : { facilitatorUserId: session.user.id };
    }
    const typed = values.facilitatorName.trim();
    // Another user of the agency stays the facilitator until a name is typed or "I facilitate" is ticked.
    if (otherAccount && !typed) return {};
    if (group.facilitatorUserId === null && typed === (group.facilitator ?? '')) return {};
    return typed ? { facilitatorName: typed } : { facilitatorUserId: null, facilitatorName: null };
  };

  const submit = () => {
    const ok = fields.accept(missingGroupFields(values, t('errors.field.required')));
    const { name, communeCode, startedOn, livelihoodFocus } = values;
    if (!ok || !communeCode || !startedOn || !livelihoodFocus) return;
    const input: UpdateGroupInput = {
      ...(name.trim() !== group.name ? { name: name.trim() } : {}),
      ...(communeCode !== group.communeCode ? { communeCode } : {}),
      ...(startedOn !== group.startedOn ? { startedOn } : {}),
      ...(livelihoodFocus !== group.livelihoodFocus ? { livelihoodFocus } : {}),
      ...facilitatorChange(),
    };
    if (Object.keys(input).length === 0) return onDone(false);
    update.mutate(input, { onSuccess: () => onDone(true) });
  };

  return (
    <PartForm title={t('groups.form.edit')} onSubmit={submit}>
      <GroupFields
        values={values}
        onChange={(change) => setValues((current) => ({ ...current, ...change }))}
        fields={fields}
        testIdPrefix="group-edit"
        facilitatorNameHelp={
          otherAccount
            ? `${t('groups.page.facilitator')}: ${group.facilitator ?? ''}`
            : t('groups.form.facilitatorNone')
        }
      />
      <PartFormFooter
        error={update.error}
        submitLabel={t('groups.form.save')}
        pending={update.isPending}
        onCancel={() => onDone(false)}
      />
    </PartForm>
  );
}
