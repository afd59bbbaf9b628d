import type { Era } from '@lantern/domain';
import { Badge, Fieldset, Stack, Text } from '@mantine/core';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { eraOfDay } from './dates';
import { HistoricalNote } from './HistoricalNote';
import { useProvinces, useUnitsUnder } from './queries';
import classes from './reference.module.css';
import type { UnitSummary } from './types';
import { UnitSelect } from './UnitSelect';

/**
 * A place in Viet Nam. Codes are only unique within a set of units, so the set (`era`) is part of the
 * value. `districtCode` is used only for the units before 1 July 2025, when districts existed.
 */
export interface LocationValue {
  era: Era;
  provinceCode: string | null;
  districtCode: string | null;
  communeCode: string | null;
}

export const emptyLocation = (era: Era): LocationValue => ({
  era,
  provinceCode: null,
  districtCode: null,
  communeCode: null,
});

interface LocationPickerProps {
  value: LocationValue;
  onChange: (value: LocationValue) => void;
  /** The day the place is for (ISO); the current units when omitted, the old 63 provinces before 1 July 2025. */
  at?: string | null | undefined;
  legend?: string;
}

const labelOf = (units: readonly UnitSummary[] | undefined, code: string | null) =>
  code === null ? undefined : units?.find((unit) => unit.code === code)?.label;

/**
 * Province, then (before 1 July 2025) district, then commune; every list searchable without diacritics.
 * Lists come from the reference API, so the administrative-unit data never enters the app's bundle.
 */
export function LocationPicker({ value, onChange, at, legend }: LocationPickerProps) {
  const { t } = useTranslation();
  const era = eraOfDay(at);
  const old = era === 'pre-2025';

  // A code of one set means nothing in the other, so a change of set clears the choice.
  useEffect(() => {
    if (value.era !== era) onChange(emptyLocation(era));
  }, [era, value.era, onChange]);
  const current = value.era === era ? value : emptyLocation(era);

  const provinces = useProvinces(era);
  const districts = useUnitsUnder(era, old ? current.provinceCode : null);
  const communes = useUnitsUnder(era, old ? current.districtCode : current.provinceCode);
  const failed = provinces.isError || districts.isError || communes.isError;

  const chosen = [
    labelOf(communes.data?.units, current.communeCode),
    labelOf(districts.data?.units, current.districtCode),
    labelOf(provinces.data?.units, current.provinceCode),
  ].filter((part): part is string => part !== undefined);

  return (
    <Fieldset legend={legend ?? t('reference.location.legend')} variant="unstyled">
      <Stack gap="sm">
        <Badge
          variant={old ? 'filled' : 'light'}
          size="lg"
          tt="none"
          h="auto"
          py={6}
          classNames={{ root: classes.wrappingBadge, label: classes.wrappingBadgeLabel }}
          data-testid="location-era"
        >
          {old ? t('reference.location.eraOld') : t('reference.location.eraCurrent')}
        </Badge>
        <UnitSelect
          label={t('reference.location.province')}
          testId="location-province"
          units={provinces.data?.units}
          loading={provinces.isPending}
          value={current.provinceCode}
          onChange={(provinceCode) => onChange({ ...emptyLocation(era), provinceCode })}
        />
        {old && (
          <UnitSelect
            label={t('reference.location.district')}
            testId="location-district"
            units={districts.data?.units}
            loading={districts.isFetching}
            waitingFor={
              current.provinceCode === null ? t('reference.location.chooseProvinceFirst') : undefined
            }
            value={current.districtCode}
            onChange={(districtCode) => onChange({ ...current, districtCode, communeCode: null })}
          />
        )}
        <UnitSelect
          label={old ? t('reference.location.communeOld') : t('reference.location.commune')}
          testId="location-commune"
          units={communes.data?.units}
          loading={communes.isFetching}
          waitingFor={
            old
              ? current.districtCode === null
                ? t('reference.location.chooseDistrictFirst')
                : undefined
              : current.provinceCode === null
                ? t('reference.location.chooseProvinceFirst')
                : undefined
          }
          value={current.communeCode}
          onChange={(communeCode) => onChange({ ...current, communeCode })}
        />
        {failed && (
          <Text c="red.8" role="alert">
            {t('reference.loadFailed')}
          </Text>
        )}
        {chosen.length > 0 && (
          <Text size="sm" data-testid="location-chosen">
            {t('reference.location.selected', { location: formatList(chosen, currentLocale()) })}
          </Text>
        )}
        {old && current.provinceCode !== null && (
          <HistoricalNote code={current.communeCode ?? current.districtCode ?? current.provinceCode} />
        )}
      </Stack>
    </Fieldset>
  );
}
