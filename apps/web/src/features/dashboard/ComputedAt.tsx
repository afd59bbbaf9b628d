import { Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';

/**
 * When the figures shown were computed: a slow table may be answered from its last computation (up to 15
 * minutes old) while a new one runs, so the reader is told. With several tables, the oldest is named.
 */
export function ComputedAt({ times }: { times: ReadonlyArray<string | undefined> }) {
  const { t } = useTranslation();
  const known = times.filter((time): time is string => Boolean(time)).sort();
  const oldest = known[0];
  if (!oldest) return null;
  return (
    <Text size="xs" c="dimmed" data-testid="figures-computed-at">
      {t('dashboard.table.computedAt', { time: formatDateTime(oldest, currentLocale()) })}
    </Text>
  );
}
