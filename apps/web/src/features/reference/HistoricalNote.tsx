import { Alert, List, Skeleton, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useUnitDetail } from './queries';

/**
 * Where a unit of before 1 July 2025 lies today: its province among the 34 (what indicators are
 * reported on) and, for a commune, the new commune(s) it went into with the official table's wording.
 */
export function HistoricalNote({ code }: { code: string }) {
  const { t } = useTranslation();
  const detail = useUnitDetail('pre-2025', code);
  if (detail.isPending) return <Skeleton height={72} aria-hidden />;
  if (detail.isError) {
    return (
      <Text c="red.8" role="alert">
        {detail.error.message}
      </Text>
    );
  }
  const unit = detail.data;
  const province = formatList(
    unit.currentProvinces.map((p) => p.label),
    currentLocale(),
  );
  const communeLinks = unit.successors.filter((link) => link.basis === 'commune-table');

  return (
    <Alert
      variant="light"
      role="status"
      aria-live="polite"
      title={t('reference.location.todayTitle')}
      data-testid="location-today"
    >
      <Text fw={600}>{t('reference.location.nowPartOf', { province })}</Text>
      {communeLinks.length > 0 && (
        <>
          <Text size="sm" mt="xs">
            {t('reference.location.becameTitle')}
          </Text>
          <List size="sm" spacing={4} mt={4}>
            {communeLinks.map((link) => (
              <List.Item key={`${link.unit.code}-${link.note}`}>
                {link.unit.label} — {link.kindLabel}
                {link.area ? ` (${link.area})` : ''}
              </List.Item>
            ))}
          </List>
        </>
      )}
    </Alert>
  );
}
