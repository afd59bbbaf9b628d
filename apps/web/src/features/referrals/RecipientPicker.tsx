import { foldVietnamese, seedAgencyTypes } from '@lantern/domain';
import { NativeSelect, Select, SimpleGrid, Stack } from '@mantine/core';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyTypeLabel } from '../admin/labels';
import { useActiveSession } from '../auth/RequireSession';
import { useProvinceLabels } from '../cases/labels';
import { useAgencyDirectory } from '../cases/queries';
import { useProvinces } from '../reference/queries';
import { UnitSelect } from '../reference/UnitSelect';
import sharedCss from '../shared/shared.module.css';

/**
 * The receiving agency's inbox, found by province and type first (a directory of hundreds of agencies), then
 * by name as typed, without diacritics ("ha tinh" finds "Hà Tĩnh"). The reader's own agency is not offered.
 * A pathway's step fixes the type (`agencyType`) and starts in the case's province.
 */
export function RecipientPicker({
  value,
  onChange,
  error,
  agencyType,
  initialProvince = null,
  label,
  testId = 'refer-agency',
}: {
  value: string | null;
  onChange: (agencyId: string | null) => void;
  error: string | undefined;
  agencyType?: string;
  initialProvince?: string | null;
  label?: string;
  testId?: string;
}) {
  const { t } = useTranslation();
  const own = useActiveSession().user.agency.id;
  const directory = useAgencyDirectory();
  const provinces = useProvinces('2025');
  const province = useProvinceLabels();
  const [provinceCode, setProvinceCode] = useState<string | null>(initialProvince);
  const [chosenType, setTypeCode] = useState('');
  const typeCode = agencyType ?? chosenType;
  const options = useMemo(
    () =>
      (directory.data ?? [])
        .filter(
          (agency) =>
            agency.id !== own &&
            (!provinceCode || agency.provinceCode === provinceCode) &&
            (!typeCode || agency.typeCode === typeCode),
        )
        .map((agency) => ({
          value: agency.id,
          label: `${agency.name} — ${agencyTypeLabel(t, agency.typeCode)} · ${province(agency.provinceCode)}`,
        })),
    [directory.data, own, provinceCode, typeCode, province, t],
  );
  // A chosen agency that a new filter hides stays chosen and named.
  const chosen = (directory.data ?? []).find((agency) => agency.id === value);
  const data =
    chosen && !options.some((option) => option.value === chosen.id)
      ? [{ value: chosen.id, label: chosen.name }, ...options]
      : options;

  return (
    <Stack gap="xs">
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
        <UnitSelect
          label={t('referralsWeb.refer.province')}
          units={provinces.data?.units}
          loading={provinces.isPending}
          value={provinceCode}
          onChange={setProvinceCode}
          testId={agencyType === undefined ? 'refer-province' : `${testId}-province`}
        />
        {agencyType === undefined && (
          <NativeSelect
            label={t('referralsWeb.refer.agencyType')}
            value={typeCode}
            onChange={(event) => setTypeCode(event.currentTarget.value)}
            data={[
              { value: '', label: t('referralsWeb.refer.anyType') },
              ...seedAgencyTypes.map((type) => ({ value: type, label: agencyTypeLabel(t, type) })),
            ]}
            size="md"
            classNames={{ input: sharedCss.input }}
          />
        )}
      </SimpleGrid>
      <Select
        label={label ?? t('referralsWeb.refer.agency')}
        description={t('referralsWeb.refer.agencyHelp', { count: options.length })}
        data={data}
        value={value}
        onChange={onChange}
        searchable
        clearable
        required
        size="md"
        limit={200}
        filter={({ options: all, search }) =>
          all.filter((option) =>
            'label' in option ? foldVietnamese(option.label).includes(foldVietnamese(search)) : true,
          )
        }
        placeholder={directory.isPending ? t('common.loading') : t('casesWeb.form.choose')}
        nothingFoundMessage={t('referralsWeb.refer.noAgency')}
        error={error ?? (directory.isError ? directory.error.message : undefined)}
        clearButtonProps={{ 'aria-label': t('casesWeb.form.clear') }}
        classNames={{ input: sharedCss.input, option: sharedCss.option }}
        data-testid={testId}
      />
    </Stack>
  );
}
