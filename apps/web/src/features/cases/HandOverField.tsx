import { foldVietnamese, type HandOverOptions } from '@lantern/domain';
import { Paper, Select, Stack, Text, Title } from '@mantine/core';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { agencyTypeLabel } from '../admin/labels';
import sharedCss from '../shared/shared.module.css';
import { useProvinceLabels } from './labels';
import type { Registration } from './useRegistration';

interface HandOverFieldProps {
  options: HandOverOptions;
  value: string | null;
  onChange: (agencyId: string | null) => void;
  error: string | undefined;
}

/**
 * For an agency that does no case work (a border post, commune police): the agency that will carry the case.
 * Registration sends it a transfer; the person's sharing consent must cover it, which the server checks.
 */
export function HandOverField({ options, value, onChange, error }: HandOverFieldProps) {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const data = useMemo(
    () =>
      options.agencies.map((agency) => ({
        value: agency.id,
        label: `${agency.name} — ${agencyTypeLabel(t, agency.typeCode)}, ${province(agency.provinceCode)}`,
      })),
    [options.agencies, province, t],
  );
  return (
    <Paper withBorder p="md" data-testid="hand-over">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('coordination.handOver.title')}
        </Title>
        <Text size="sm">{t('coordination.handOver.explain')}</Text>
        <Select
          label={t('coordination.handOver.agency')}
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
          placeholder={t('coordination.handOver.placeholder')}
          nothingFoundMessage={t('coordination.handOver.nothing')}
          error={error}
          clearButtonProps={{ 'aria-label': t('casesWeb.form.clear') }}
          classNames={{ input: sharedCss.input, option: sharedCss.option }}
          data-testid="hand-over-agency"
        />
      </Stack>
    </Paper>
  );
}

/** The field in the registration's last step, for the agencies that hand their cases over. */
export function RegisterHandOver({ registration }: { registration: Registration }) {
  const { t } = useTranslation();
  const { options, agencyId, choose, missing } = registration.handOver;
  if (!options) return null;
  return (
    <HandOverField
      options={options}
      value={agencyId}
      onChange={choose}
      error={
        missing
          ? t('coordination.handOver.required')
          : registration.refusal?.fieldError('handOverTo.agencyId')
      }
    />
  );
}
