import { Group, Select, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { LabelledSegments } from '../shared/LabelledSegments';
import { PageHeader } from '../shared/PageHeader';
import { DataQualityPanel } from './DataQualityPanel';
import { IndicatorCards } from './IndicatorCards';
import { IndicatorOverview } from './IndicatorOverview';
import { MyWorkPanel } from './MyWorkPanel';
import { type DashboardScope, useIndicatorCatalogue } from './queries';

/** The years offered: this one (Viet Nam time) and the five before it. */
function offeredYears(): number[] {
  const thisYear = new Date(Date.now() + 7 * 3_600_000).getUTCFullYear();
  return Array.from({ length: 6 }, (_, index) => thisYear - index);
}

/**
 * One dashboard, a view per role: holders of stats.read_aggregate see the country (suppressed, k = 11) with
 * the province map; holders of indicators.read see their own agency or province unsuppressed, and those who
 * work on cases also their caseload and what is overdue. Someone with both chooses.
 */
export function DashboardPage() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const permissions = session.user.permissions;
  const mayNational = permissions.includes('stats.read_aggregate');
  const mayOwn = permissions.includes('indicators.read');
  const provincial = permissions.includes('case.read_province') && !permissions.includes('case.read');
  const [scope, setScope] = useState<DashboardScope>(mayOwn ? 'own' : 'national');
  const years = offeredYears();
  const [year, setYear] = useState(years[0] as number);
  const catalogue = useIndicatorCatalogue();
  const ownLabel = provincial ? t('dashboard.scope.province') : t('dashboard.scope.agency');

  return (
    <Stack gap="lg">
      <PageHeader
        title={t('dashboard.title')}
        intro={scope === 'national' ? t('dashboard.intro.national') : t('dashboard.intro.own')}
      />
      <Group gap="md" align="flex-end" wrap="wrap">
        {mayNational && mayOwn && (
          <LabelledSegments
            label={t('dashboard.scope.label')}
            value={scope}
            onChange={setScope}
            data={[
              { value: 'own', label: ownLabel },
              { value: 'national', label: t('dashboard.scope.national') },
            ]}
            data-testid="dashboard-scope"
          />
        )}
        <Select
          label={t('dashboard.year')}
          data={years.map(String)}
          value={String(year)}
          onChange={(value) => value && setYear(Number(value))}
          allowDeselect={false}
          w={120}
          data-testid="dashboard-year"
        />
      </Group>
      {scope === 'own' && permissions.includes('case.read') && <MyWorkPanel />}
      <IndicatorCards catalogue={catalogue} scope={scope} year={year} />
      <IndicatorOverview catalogue={catalogue} scope={scope} year={year} />
      {scope === 'own' && <DataQualityPanel />}
    </Stack>
  );
}
