import type { UserView } from '@lantern/domain';
import { Alert, Button, Group, Modal, NativeSelect, Stack, TextInput } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
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
  const [localErrors, setLocalErrors] = useState<Record<string, string>>({});
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
  const serverError = create.error instanceof ApiError ? create.error : undefined;
  const errorOf = (field: string) =>
    localErrors[field] ??
    serverError?.fieldError(field) ??
    (field === 'username' && serverError?.code === 'user.username_taken' ? serverError.message : undefined) ??
    (field === 'roles' && serverError?.code === 'role.not_grantable' ? serverError.message : undefined);
  const generalError =
    serverError &&
    serverError.details.length === 0 &&
    !['user.username_taken', 'role.not_grantable'].includes(serverError.code)
      ? serverError.message
      : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    const name = normaliseUsername(username);
    if (!name) errors.username = t('errors.field.required');
    else if (!USERNAME.test(name)) errors.username = t('admin.users.usernameRule');
    if (displayName.trim().length < 2) errors.displayName = t('errors.field.too_short', { minimum: 2 });
    if (!chosenAgency) errors.agencyId = t('errors.field.required');
    if (roles.length === 0) errors.roles = t('admin.users.chooseRole');
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0) return;
    create.mutate({
      username: name,
      displayName: displayName.trim(),
      agencyId: chosenAgency,
      roles,
      ...(officeIds.length > 0 ? { officeIds } : {}),
    });
  }

  return (
    <Modal
      opened={opened}
      onClose={onClose}
      title={t('admin.users.createTitle')}
      size="lg"
      keepMounted
      closeButtonProps={{ 'aria-label': t('common.close') }}
    >
      <form onSubmit={submit} noValidate>
        <Stack gap="md">
          {generalError && (
            <Alert color="red" role="alert">
              {generalError}
            </Alert>
          )}
          <TextInput
            label={t('admin.users.displayName')}
            description={t('admin.users.displayNameHelp')}
            name="displayName"
            required
            value={displayName}
            onChange={(event) => setDisplayName(event.currentTarget.value)}
            error={errorOf('displayName')}
          />
          <TextInput
            label={t('admin.users.username')}
            description={t('admin.users.usernameRule')}
            name="username"
            required
            autoCapitalize="none"
            autoComplete="off"
            spellCheck={false}
            dir="ltr"
            value={username}
            onChange={(event) => setUsername(event.currentTarget.value)}
            onBlur={() => setUsername(normaliseUsername(username))}
            error={errorOf('username')}
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
          <Group justify="flex-end" gap="sm">
            <Button variant="default" onClick={onClose}>
              {t('common.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('admin.users.create')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
