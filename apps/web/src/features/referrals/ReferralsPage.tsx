import { Button, Group, Paper, Stack, Switch, Tabs, Text } from '@mantine/core';
import { useMediaQuery } from '@mantine/hooks';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { RequireSession } from '../auth/RequireSession';
import { LabelledSegments } from '../shared/LabelledSegments';
import { ListCount } from '../shared/ListStates';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { PageHeader } from '../shared/PageHeader';
import { ListPager } from '../shell/ListPager';
import { formatListTotal, pagerFor } from '../shell/list-total';
import { PAGE_SIZE, useReferrals } from './queries';
import { ReferralCards } from './ReferralCards';
import { ReferralTable } from './ReferralTable';
import type { ReferralsSearch } from './search';

export const referralReaders = ['referral.create', 'referral.respond', 'case.read'];

export function ReferralsPage() {
  return (
    <RequireSession anyOf={referralReaders}>
      <Inbox />
    </RequireSession>
  );
}

/** The agency's referrals: those it received (by deadline) and those it sent; supervisors see the same. */
function Inbox() {
  const { t } = useTranslation();
  const search = useSearch({ from: '/referrals' });
  const navigate = useNavigate();
  const list = useReferrals(search);
  // Mantine's `sm` breakpoint: below it the inbox is stacked cards (phones), from it the table.
  const wide = useMediaQuery('(min-width: 48em)', true, { getInitialValueInEffect: false });
  const direction = search.direction ?? 'incoming';
  const page = search.page ?? 1;

  // Every filter change starts again at the first page.
  const filter = (change: Partial<ReferralsSearch>) => {
    const next: ReferralsSearch = { ...search, ...change, page: undefined };
    for (const key of Object.keys(next) as (keyof ReferralsSearch)[])
      if (next[key] === undefined) delete next[key];
    void navigate({ to: '/referrals', search: next });
  };
  const goToPage = (next: number) =>
    void navigate({ to: '/referrals', search: { ...search, page: next > 1 ? next : undefined } });
  const filtered = search.status === 'closed' || search.overdue === true || search.kind === 'screening';

  return (
    <Stack gap="lg" maw={1200} w="100%">
      <PageHeader title={t('referralsWeb.list.title')} intro={t('referralsWeb.list.intro')} />
      <Tabs
        value={direction}
        onChange={(value) => filter({ direction: value === 'outgoing' ? 'outgoing' : undefined })}
        keepMounted={false}
      >
        <Tabs.List aria-label={t('referralsWeb.list.directions')}>
          <Tabs.Tab value="incoming" mih={44} data-testid="referrals-incoming">
            {t('referralsWeb.list.incoming')}
          </Tabs.Tab>
          <Tabs.Tab value="outgoing" mih={44} data-testid="referrals-outgoing">
            {t('referralsWeb.list.outgoing')}
          </Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value={direction} pt="md">
          <Stack gap="lg">
            <Paper withBorder p="md" component="section" aria-label={t('referralsWeb.list.filters')}>
              <Group gap="lg" align="flex-end">
                <LabelledSegments
                  label={t('referralsWeb.list.show')}
                  value={search.status ?? 'open'}
                  onChange={(status) => filter({ status: status === 'closed' ? 'closed' : undefined })}
                  data={[
                    { value: 'open', label: t('referralsWeb.list.statusOpen') },
                    { value: 'closed', label: t('referralsWeb.list.statusClosed') },
                  ]}
                  size="md"
                />
                <Switch
                  size="md"
                  label={t('referralsWeb.list.overdueOnly')}
                  checked={search.overdue === true}
                  onChange={(event) => filter({ overdue: event.currentTarget.checked ? true : undefined })}
                  disabled={search.status === 'closed'}
                  mih={44}
                />
                <Switch
                  size="md"
                  label={t('handoffWeb.filter')}
                  checked={search.kind === 'screening'}
                  onChange={(event) =>
                    filter({ kind: event.currentTarget.checked ? 'screening' : undefined })
                  }
                  mih={44}
                  data-testid="referrals-screenings"
                />
              </Group>
            </Paper>

            {list.isPending && <LoadingSkeleton blocks={[{ height: 20, width: '30%' }, { height: 240 }]} />}
            {list.isError && <LoadFailed message={list.error.message} onRetry={() => void list.refetch()} />}
            {list.data && (
              <ListCount testId="referrals-count">
                {t('referralsWeb.list.count', { total: formatListTotal(list.data, currentLocale()) })}
              </ListCount>
            )}
            {list.data?.items.length === 0 && (
              <Paper withBorder p="lg" data-testid="referrals-empty">
                <Stack gap="sm" align="flex-start">
                  <Text fw={600}>{t(`referralsWeb.list.empty.${direction}`)}</Text>
                  <Text>{t(`referralsWeb.list.emptyHint.${direction}`)}</Text>
                  {filtered && (
                    <Button
                      variant="default"
                      h={44}
                      onClick={() => filter({ status: undefined, overdue: undefined, kind: undefined })}
                    >
                      {t('referralsWeb.list.clearFilters')}
                    </Button>
                  )}
                </Stack>
              </Paper>
            )}
            {list.data &&
              list.data.items.length > 0 &&
              (wide ? (
                <ReferralTable items={list.data.items} direction={direction} />
              ) : (
                <ReferralCards items={list.data.items} direction={direction} />
              ))}
            {list.data && <ListPager page={page} {...pagerFor(list.data, PAGE_SIZE)} setPage={goToPage} />}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
