import { Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatCount } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { PartStatus } from '../cases/PartStatus';
import { useWorklist } from '../home/queries';
import { useReferralCounts } from '../referrals/keys';
import { Panel } from '../shared/Panel';
import { AnchorLink } from '../shell/links';

/**
 * The agency view's own work, read from the worklist and the referral counts the home already uses (no new
 * endpoint): open cases, verifications past the Law's deadline (the team's, for a supervisor), overdue referrals.
 * The worklist is bounded, so a full list reads "20+".
 */
export function MyWorkPanel() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const worklist = useWorklist(true);
  const referrals = useReferralCounts(true);
  const figure = (count: number, more: boolean) =>
    more ? t('dashboard.myWork.more', { count: formatCount(count, locale) }) : formatCount(count, locale);
  const data = worklist.data;
  const late = data?.team ? data.team.lateCases : undefined;
  const overdueMine = data?.myCases.items.filter((item) => item.overdue).length ?? 0;
  return (
    <Panel title={t('dashboard.myWork.title')}>
      <PartStatus query={worklist}>
        {data && (
          <SimpleGrid cols={{ base: 1, xs: 3 }} spacing="sm">
            <Figure
              label={t('dashboard.myWork.cases')}
              value={figure(data.myCases.items.length, data.myCases.hasMore)}
              testId="mywork-cases"
              link={<AnchorLink to="/cases">{t('dashboard.myWork.openCases')}</AnchorLink>}
            />
            <Figure
              label={t('dashboard.myWork.overdueVerifications')}
              value={
                late ? figure(late.items.length, late.hasMore) : figure(overdueMine, data.myCases.hasMore)
              }
              testId="mywork-overdue-verifications"
            />
            <Figure
              label={t('dashboard.myWork.overdueReferrals')}
              value={referrals.data ? formatCount(referrals.data.overdue, locale) : '—'}
              testId="mywork-overdue-referrals"
              link={<AnchorLink to="/referrals">{t('dashboard.myWork.openReferrals')}</AnchorLink>}
            />
          </SimpleGrid>
        )}
      </PartStatus>
    </Panel>
  );
}

function Figure({
  label,
  value,
  testId,
  link,
}: {
  label: string;
  value: string;
  testId: string;
  link?: React.ReactNode;
}) {
  return (
    <Paper withBorder p="sm" data-testid={testId}>
      <Stack gap={2}>
        <Text size="sm">{label}</Text>
        <Text size="xl" fw={700}>
          {value}
        </Text>
        {link}
      </Stack>
    </Paper>
  );
}
