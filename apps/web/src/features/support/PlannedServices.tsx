import { Paper, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { useVocabularyLabels } from '../cases/labels';
import { useAgencyDirectory } from '../cases/queries';
import { formatDayMonthYear } from '../reference/dates';
import { useCaseReferrals } from '../referrals/queries';
import { AgencySelect } from '../referrals/RecipientPicker';
import sharedCss from '../shared/shared.module.css';

/** One planned service as the form holds it: the regime, the responsible agency and, often, the referral. */
export interface PlannedServiceDraft {
  regime: string;
  agencyId: string | null;
  referralId: string | null;
}

/**
 * For each planned service, the responsible agency (from the agency directory, with the referral picker's own
 * agency select) and the referral of this case that asked it, if any; picking a referral names its agency.
 */
export function PlannedServices({
  caseId,
  services,
  onChange,
  errorOf,
}: {
  caseId: string;
  services: PlannedServiceDraft[];
  onChange: (services: PlannedServiceDraft[]) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const regimeLabel = useVocabularyLabels('vn-support-regime');
  const directory = useAgencyDirectory();
  const referrals = useCaseReferrals(caseId);
  // Open referrals to an agency in Lantern: the ones that can carry a planned service.
  const referralChoices = (referrals.data ?? []).filter(
    (r) => r.to.id !== null && ['sent', 'accepted', 'in_progress'].includes(r.status),
  );
  const change = (index: number, part: Partial<PlannedServiceDraft>) =>
    onChange(services.map((service, i) => (i === index ? { ...service, ...part } : service)));
  if (services.length === 0) return null;
  return (
    <Stack gap="xs" data-testid="planned-services">
      {services.map((service, index) => (
        <Paper key={service.regime} withBorder p="sm" data-testid="planned-service">
          <Text fw={600} size="sm" mb={4}>
            {t('support.responsible.forService', { service: regimeLabel(service.regime) })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md" verticalSpacing="xs">
            <AgencySelect
              agencies={directory.data ?? []}
              label={t('support.responsible.agency')}
              value={service.agencyId}
              onChange={(agencyId) => change(index, { agencyId, referralId: null })}
              placeholder={t('casesWeb.form.choose')}
              nothingFound={t('support.responsible.noAgency')}
              error={errorOf(`services.${index}.agencyId`)}
              testId={`service-agency-${index}`}
            />
            <Select
              label={t('support.responsible.referral')}
              placeholder={t('support.responsible.noReferral')}
              data={referralChoices.map((r) => ({
                value: r.id,
                label: t('support.responsible.referralOption', {
                  agency: r.to.name,
                  day: formatDayMonthYear(r.sentAt.slice(0, 10)),
                }),
              }))}
              value={service.referralId}
              onChange={(referralId) => {
                const referral = referralChoices.find((r) => r.id === referralId);
                change(index, { referralId, ...(referral?.to.id ? { agencyId: referral.to.id } : {}) });
              }}
              clearable
              size="md"
              error={errorOf(`services.${index}.referralId`)}
              classNames={{ input: sharedCss.input, option: sharedCss.option }}
              clearButtonProps={{ 'aria-label': t('casesWeb.form.clear') }}
              data-testid={`service-referral-${index}`}
            />
          </SimpleGrid>
        </Paper>
      ))}
    </Stack>
  );
}
