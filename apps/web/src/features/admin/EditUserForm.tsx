import type { UserView } from '@lantern/domain';
import { Alert, Paper, Stack, TextInput, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import { adminKeys } from './queries';
import { OfficesField, RolesField } from './RoleFields';

const sameSet = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((x) => b.includes(x));

/** Name, roles and offices of an account; saved together, kept on screen if the save fails. */
export function EditUserForm({ user }: { user: UserView }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [roles, setRoles] = useState<string[]>(user.roles);
  const [officeIds, setOfficeIds] = useState<string[]>(user.officeIds);

  const save = useMutation({
    mutationFn: (body: { displayName: string; roles: string[]; officeIds: string[] }) =>
      api<UserView>(`/api/admin/users/${encodeURIComponent(user.id)}`, { method: 'PATCH', body }),
    onSuccess: (updated) => {
      queryClient.setQueryData(adminKeys.user(user.id), updated);
      void queryClient.invalidateQueries({ queryKey: adminKeys.users });
    },
  });
  const dirty =
    displayName.trim() !== user.displayName ||
    !sameSet(roles, user.roles) ||
    !sameSet(officeIds, user.officeIds);
  useLeaveGuard(dirty);

  const { errorOf, accept, shownElsewhere } = useFieldErrors(save.error, { 'role.not_grantable': 'roles' });

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Record<string, string> = {};
    if (displayName.trim().length < 2) errors.displayName = t('errors.field.too_short', { minimum: 2 });
    if (roles.length === 0) errors.roles = t('admin.users.chooseRole');
    if (!accept(errors)) return;
    save.mutate({ displayName: displayName.trim(), roles, officeIds });
  }

  return (
    <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate>
      <Stack gap="md">
        <Title order={2} size="h3">
          {t('admin.users.editTitle')}
        </Title>
        {save.isSuccess && !dirty && (
          <Alert color="teal" role="status">
            {t('admin.users.saved')}
          </Alert>
        )}
        <ServerErrorAlert error={save.error} shownElsewhere={shownElsewhere} />
        <TextInput
          label={t('admin.users.displayName')}
          value={displayName}
          onChange={(event) => setDisplayName(event.currentTarget.value)}
          error={errorOf('displayName')}
        />
        <RolesField value={roles} onChange={setRoles} error={errorOf('roles')} />
        <OfficesField
          agencyId={user.agencyId}
          value={officeIds}
          onChange={setOfficeIds}
          error={errorOf('officeIds')}
        />
        <FormActions
          justify="flex-start"
          pending={save.isPending}
          disabled={!dirty}
          submitLabel={t('common.saveChanges')}
        />
      </Stack>
    </Paper>
  );
}
