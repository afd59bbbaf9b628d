import { seedAgencyTypes } from '@lantern/domain';
import { Select, Stack, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { agencyTypeLabel } from '../admin/labels';

export interface ExternalOrg {
  name: string;
  typeCode: string | null;
  contact: string;
}

export const noExternalOrg: ExternalOrg = { name: '', typeCode: null, contact: '' };

/**
 * An organisation outside Lantern: its name, what kind of organisation it is (the person's consent must cover
 * that kind) and whom to reach there. The sender prints the letter and records the answers itself.
 */
export function ExternalOrgFields({
  value,
  onChange,
  errorOf,
}: {
  value: ExternalOrg;
  onChange: (value: ExternalOrg) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" data-testid="refer-external">
      <TextInput
        label={t('referralsWeb.external.name')}
        required
        maxLength={200}
        value={value.name}
        onChange={(event) => onChange({ ...value, name: event.currentTarget.value })}
        error={errorOf('external.name')}
        data-testid="refer-external-name"
      />
      <Select
        label={t('referralsWeb.external.type')}
        description={t('referralsWeb.external.typeHelp')}
        required
        data={seedAgencyTypes.map((code) => ({ value: code, label: agencyTypeLabel(t, code) }))}
        value={value.typeCode}
        onChange={(typeCode) => onChange({ ...value, typeCode })}
        error={errorOf('external.typeCode')}
        searchable
        data-testid="refer-external-type"
      />
      <TextInput
        label={t('referralsWeb.external.contact')}
        description={t('referralsWeb.external.contactHelp')}
        maxLength={500}
        value={value.contact}
        onChange={(event) => onChange({ ...value, contact: event.currentTarget.value })}
        error={errorOf('external.contact')}
      />
    </Stack>
  );
}
