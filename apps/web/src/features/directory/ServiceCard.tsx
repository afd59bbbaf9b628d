import type { DirectoryAgency, ServiceEntry, ServiceMisfit } from '@lantern/domain';
import { Anchor, Group, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { ToneBadge } from '../shell/ToneBadge';
import { ageText, capacityBadge, misfitText } from './labels';
import type { DirectoryLabels } from './useDirectoryLabels';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="sm" fw={600} c="dimmed">
        {label}
      </Text>
      <Text size="sm">{children}</Text>
    </Stack>
  );
}

/**
 * One agency's entry for one service: who, where, for whom, room now, when, in which languages and how to
 * reach them. Reasons it does not fit the person searched for stand at the top, in words, never colour alone.
 */
export function ServiceCard({
  agency,
  heading = 'agency',
  entry,
  misfits = [],
  labels,
  actions,
}: {
  agency: DirectoryAgency;
  /** On the agency's own list the service names the card; in search results the agency does. */
  heading?: 'agency' | 'service';
  entry: ServiceEntry;
  misfits?: readonly ServiceMisfit[];
  labels: DirectoryLabels;
  actions?: ReactNode;
}) {
  const { t } = useTranslation();
  const capacity = capacityBadge(t, entry);
  const ownProvince = labels.province(agency.provinceCode);
  const area = entry.servesOwnProvince
    ? t('directoryWeb.card.areaOwn', { province: ownProvince })
    : formatList(entry.provinceCodes.map(labels.province), currentLocale());
  const eligibility = [
    entry.sexes.length > 0
      ? formatList(entry.sexes.map(labels.sex), currentLocale())
      : t('directoryWeb.card.anySex'),
    ageText(t, entry),
    entry.acceptsForeigners ? t('directoryWeb.card.foreignersYes') : t('directoryWeb.card.foreignersNo'),
  ].filter(Boolean);
  const languages = [t('directoryWeb.card.vietnamese'), ...entry.languages.map(labels.language)];

  return (
    <Paper component="li" withBorder p="md" data-testid="service-card">
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" gap="xs">
          <Stack gap={2} style={{ flex: '1 1 240px' }}>
            <Title order={3} size="h4">
              {heading === 'agency' ? agency.name : labels.service(entry.serviceCode)}
            </Title>
            <Text size="sm" c="dimmed">
              {heading === 'agency'
                ? [
                    labels.service(entry.serviceCode),
                    t(`agencyTypes.${agency.typeCode}`, { defaultValue: agency.typeCode }),
                    ownProvince,
                  ].join(' · ')
                : t('directoryWeb.card.updated', { date: formatDateTime(entry.updatedAt, currentLocale()) })}
            </Text>
          </Stack>
          <ToneBadge tone={capacity.tone}>{capacity.text}</ToneBadge>
        </Group>
        {misfits.length > 0 && (
          <Group gap="xs">
            {misfits.map((misfit) => (
              <ToneBadge key={misfit} tone="warning" size="md">
                {misfitText(t, misfit)}
              </ToneBadge>
            ))}
          </Group>
        )}
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm" verticalSpacing="xs">
          <Fact label={t('directoryWeb.card.area')}>{area}</Fact>
          <Fact label={t('directoryWeb.card.eligibility')}>{eligibility.join(' · ')}</Fact>
          <Fact label={t('directoryWeb.card.hours')}>
            {entry.hours ?? t('directoryWeb.card.hoursNotGiven')}
          </Fact>
          <Fact label={t('directoryWeb.card.languages')}>{formatList(languages, currentLocale())}</Fact>
          <Fact label={t('directoryWeb.card.contacts')}>
            {entry.contactPhone || entry.contactEmail ? (
              <>
                {entry.contactPhone && (
                  <Anchor href={`tel:${entry.contactPhone.replace(/[^0-9+]/g, '')}`} dir="ltr">
                    {entry.contactPhone}
                  </Anchor>
                )}
                {entry.contactPhone && entry.contactEmail && ' · '}
                {entry.contactEmail && (
                  <Anchor href={`mailto:${entry.contactEmail}`} dir="ltr">
                    {entry.contactEmail}
                  </Anchor>
                )}
              </>
            ) : (
              t('directoryWeb.card.noContact')
            )}
          </Fact>
        </SimpleGrid>
        {actions}
      </Stack>
    </Paper>
  );
}
