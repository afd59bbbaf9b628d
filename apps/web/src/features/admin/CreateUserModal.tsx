import type { UserView } from '@lantern/domain';
import { NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { CodeTextInput } from '../auth/CodeTextInput';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { useFieldErrors } from '../shared/useFieldErrors';
import { adminKeys, type SetupLink } from './queries';
import { OfficesField, RolesField } from './RoleFields';

export interface AgencyOption {
  value: string;
  label: string;
}

interface CreateUserModalProps {
  opened: boolean;
  onClose: () => void;
  agencyOptions: readonly AgencyOption[];
  onCreated: (user: UserView, link: SetupLink) => void;
}

const USERNAME = /^[a-z0-9._-]{3,64}$/;

/** Usernames are lower case, without spaces or diacritics: "Lan.Nguyen " becomes "lan.nguyen". */
export function normaliseUsername(text: string): string {
  return text.trim().toLowerCase();
}

export function CreateUserModal({ opened, onClose, agencyOptions, onCreated }: CreateUserModalProps) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const onlyAgency = agencyOptions.length === 1 ? (agencyOptions[0]?.value ?? '') : '';
  const [username, setUsername] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [agencyId, setAgencyId] = useState('');
  const [roles, setRoles] = useState<string[]>([]);
  const [officeIds, setOfficeIds] = useState<string[]>([]);
  const chosenAgency = agencyId || onlyAgency;

  const create = useMutation({
    mutationFn: (body: Record<string, unknown>) =>
      api<{ user: UserView; passwordSetup: SetupLink }>('/api/admin/users', { method: 'POST', body }),
    onSuccess: ({ user, passwordSetup }) => {
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
      setUsername('');
      setDisplayName('');
      setRoles([]);
      setOfficeIds([]);
      onCreated(user, passwordSetup);
    },
  });
  const { errorOf, accept, textField, shownElsewhere } = useFieldErrors(create.error, {
    'user.username_taken': 'username',
    'role.not_grantable': 'roles',
  });

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const name = normaliseUsername(username);
    if (!name) errors.username = t('errors.field.required');
    else if (!USERNAME.test(name)) errors.username = t('admin.users.usernameRule');
    if (displayName.trim().length < 2) errors.displayName = t('errors.field.too_short', { minimum: 2 });
    if (!chosenAgency) errors.agencyId = t('errors.field.required');
    if (roles.length === 0) errors.roles = t('admin.users.chooseRole');
    if (!accept(errors)) return;
    create.mutate({
      username: name,
      displayName: displayName.trim(),
      agencyId: chosenAgency,
      roles,
      ...(officeIds.length > 0 ? { officeIds } : {}),
    });
  }

  return (
    <FormModal opened={opened} onClose={onClose} title={t('admin.users.createTitle')} size="lg" keepMounted>
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          <ServerErrorAlert error={create.error} shownElsewhere={shownElsewhere} />
          <TextInput
            label={t('admin.users.displayName')}
            description={t('admin.users.displayNameHelp')}
            required
            {...textField('displayName', displayName, setDisplayName)}
          />
          <CodeTextInput
            label={t('admin.users.username')}
            description={t('admin.users.usernameRule')}
            autoComplete="off"
            dir="ltr"
            {...textField('username', username, setUsername)}
            onBlur={() => setUsername(normaliseUsername(username))}
          />
          <NativeSelect
            label={t('admin.users.agency')}
            name="agencyId"
            required
            size="md"
            disabled={agencyOptions.length === 1}
            value={chosenAgency}
            onChange={(event) => {
              setAgencyId(event.currentTarget.value);
              setOfficeIds([]);
            }}
            data={[{ value: '', label: t('admin.users.agencyPlaceholder') }, ...agencyOptions]}
            error={errorOf('agencyId')}
          />
          <RolesField value={roles} onChange={setRoles} error={errorOf('roles')} />
          <OfficesField
            agencyId={chosenAgency || null}
            value={officeIds}
            onChange={setOfficeIds}
            error={errorOf('officeIds')}
          />
          <FormActions onCancel={onClose} pending={create.isPending} submitLabel={t('admin.users.create')} />
        </Stack>
      </form>
    </FormModal>
  );
}
