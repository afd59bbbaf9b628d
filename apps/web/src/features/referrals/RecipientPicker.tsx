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

/** An agency as the pickers offer it: named, with its type and province. */
interface AgencyChoice {
  id: string;
  name: string;
  typeCode: string;
  provinceCode: string;
}

/**
 * One agency out of a list (the directory, or the agencies a case can be handed over to), found by name as
 * typed, without diacritics ("ha tinh" finds "Hà Tĩnh"). `keep` is an agency still offered, by its name, though
 * the list leaves it out (a chosen one that a filter hides).
 */
export function AgencySelect({
  agencies,
  keep,
  label,
  description,
  value,
  onChange,
  placeholder,
  nothingFound,
  error,
  testId,
}: {
  agencies: readonly AgencyChoice[];
  keep?: { id: string; name: string } | undefined;
  label: string;
  description?: string;
  value: string | null;
  onChange: (agencyId: string | null) => void;
  placeholder: string;
  nothingFound: string;
  error: string | undefined;
  testId: string;
}) {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const options = useMemo(
    () =>
      agencies.map((agency) => ({
        value: agency.id,
        label: `${agency.name} — ${agencyTypeLabel(t, agency.typeCode)} · ${province(agency.provinceCode)}`,
      })),
    [agencies, province, t],
  );
  const data =
    keep && !options.some((option) => option.value === keep.id)
      ? [{ value: keep.id, label: keep.name }, ...options]
      : options;
  return (
    <Select
      label={label}
      description={description}
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
      placeholder={placeholder}
      nothingFoundMessage={nothingFound}
      error={error}
      clearButtonProps={{ 'aria-label': t('casesWeb.form.clear') }}
      classNames={{ input: sharedCss.input, option: sharedCss.option }}
      data-testid={testId}
    />
  );
}

/**
 * The receiving agency's inbox, found by province and type first (a directory of hundreds of agencies), then
 * by name (see `AgencySelect`). The reader's own agency is not offered.
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
  const [provinceCode, setProvinceCode] = useState<string | null>(initialProvince);
  const [chosenType, setTypeCode] = useState('');
  const typeCode = agencyType ?? chosenType;
  const agencies = useMemo(
    () =>
      (directory.data ?? []).filter(
        (agency) =>
          agency.id !== own &&
          (!provinceCode || agency.provinceCode === provinceCode) &&
          (!typeCode || agency.typeCode === typeCode),
      ),
    [directory.data, own, provinceCode, typeCode],
  );
  // A chosen agency that a new filter hides stays chosen and named.
  const chosen = (directory.data ?? []).find((agency) => agency.id === value);

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
      <AgencySelect
        agencies={agencies}
        keep={chosen}
        label={label ?? t('referralsWeb.refer.agency')}
        description={t('referralsWeb.refer.agencyHelp', { count: agencies.length })}
        value={value}
        onChange={onChange}
        placeholder={directory.isPending ? t('common.loading') : t('casesWeb.form.choose')}
        nothingFound={t('referralsWeb.refer.noAgency')}
        error={error ?? (directory.isError ? directory.error.message : undefined)}
        testId={testId}
      />
    </Stack>
  );
}
