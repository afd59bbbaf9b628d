import type { HandOverOptions } from '@lantern/domain';
import { Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { AgencySelect } from '../referrals/RecipientPicker';
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
  return (
    <Paper withBorder p="md" data-testid="hand-over">
      <Stack gap="sm">
        <Title order={3} size="h4">
          {t('coordination.handOver.title')}
        </Title>
        <Text size="sm">{t('coordination.handOver.explain')}</Text>
        <AgencySelect
          agencies={options.agencies}
          label={t('coordination.handOver.agency')}
          value={value}
          onChange={onChange}
          placeholder={t('coordination.handOver.placeholder')}
          nothingFound={t('coordination.handOver.nothing')}
          error={error}
          testId="hand-over-agency"
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
