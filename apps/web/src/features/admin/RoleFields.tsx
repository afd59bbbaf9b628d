import { Alert, Checkbox, Skeleton, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { roleLabel } from './labels';
import { useOffices, useRoles } from './queries';

interface RolesFieldProps {
  value: string[];
  onChange: (roles: string[]) => void;
  error?: string | undefined;
}

/** The roles to hold, each with a line on what it allows, so the choice is made knowingly. */
export function RolesField({ value, onChange, error }: RolesFieldProps) {
  const { t } = useTranslation();
  const roles = useRoles();
  if (roles.isPending) return <Skeleton height={120} />;
  if (roles.isError) {
    return (
      <Alert color="red" role="alert">
        {roles.error.message}
      </Alert>
    );
  }
  return (
    <Checkbox.Group
      label={t('admin.users.roles')}
      description={t('admin.users.rolesHelp')}
      value={value}
      onChange={onChange}
      error={error}
      withAsterisk
    >
      <Stack gap="sm" mt="xs">
        {roles.data.map((role) => (
          <Checkbox
            key={role.code}
            value={role.code}
            size="md"
            label={roleLabel(t, role.code, role.label)}
            description={t(`roleHelp.${role.code}`, { defaultValue: '' }) || undefined}
          />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}

interface OfficesFieldProps {
  agencyId: string | null;
  value: string[];
  onChange: (officeIds: string[]) => void;
  error?: string | undefined;
}

/** The offices or desks of the user's agency whose shared work the user also sees. */
export function OfficesField({ agencyId, value, onChange, error }: OfficesFieldProps) {
  const { t } = useTranslation();
  const offices = useOffices(agencyId);
  if (!agencyId) return null;
  if (offices.isPending) return <Skeleton height={40} />;
  if (offices.isError) {
    return (
      <Text c="red.8" size="sm" role="alert">
        {offices.error.message}
      </Text>
    );
  }
  if (offices.data.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        {t('admin.users.noOffices')}
      </Text>
    );
  }
  return (
    <Checkbox.Group
      label={t('admin.users.offices')}
      description={t('admin.users.officesHelp')}
      value={value}
      onChange={onChange}
      error={error}
    >
      <Stack gap="sm" mt="xs">
        {offices.data.map((office) => (
          <Checkbox key={office.id} value={office.id} size="md" label={office.name} />
        ))}
      </Stack>
    </Checkbox.Group>
  );
}
