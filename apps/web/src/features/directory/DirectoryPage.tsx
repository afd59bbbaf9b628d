import { Stack, Tabs } from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { PageHeader } from '../shared/PageHeader';
import { OurServices } from './OurServices';
import { ServiceFilters } from './ServiceFilters';
import { ServiceResults } from './ServiceResults';
import type { DirectorySearch } from './search';

// The same permissions as the server's directory readers (modules/directory/who-reads.ts).
const READERS = ['case.create', 'case.read', 'case.read_province', 'referral.create', 'referral.respond'];

export function DirectoryPage() {
  return (
    <RequireSession anyOf={READERS}>
      <Directory />
    </RequireSession>
  );
}

/**
 * "Who can provide psychological support to a 16-year-old girl in Nghệ An?": the search, its answer ranked,
 * and, for agencies that answer referrals, their own entries on a second tab. The search lives in the
 * address, so it survives a reload and can be sent to a colleague.
 */
function Directory() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const search = useSearch({ from: '/directory' });
  const navigate = useNavigate();
  const mayPublish = hasPermission(session, 'referral.respond');
  const tab = mayPublish && search.tab === 'ours' ? 'ours' : 'search';

  const change = (next: DirectorySearch) => {
    for (const key of Object.keys(next) as (keyof DirectorySearch)[])
      if (next[key] === undefined || next[key] === null || next[key] === '') delete next[key];
    void navigate({ to: '/directory', search: next, replace: true });
  };

  const finder = (
    <Stack gap="lg">
      <ServiceFilters
        search={search}
        onChange={(filter) => change({ ...search, ...filter })}
        onClear={() => change({})}
      />
      <ServiceResults search={search} />
    </Stack>
  );

  return (
    <Stack gap="lg" maw={1200} w="100%">
      <PageHeader title={t('directoryWeb.title')} intro={t('directoryWeb.intro')} />
      {mayPublish ? (
        <Tabs
          value={tab}
          onChange={(value) => change({ ...search, tab: value === 'ours' ? 'ours' : undefined })}
          keepMounted={false}
        >
          <Tabs.List mb="md">
            <Tabs.Tab value="search" h={44}>
              {t('directoryWeb.tabs.search')}
            </Tabs.Tab>
            <Tabs.Tab value="ours" h={44}>
              {t('directoryWeb.tabs.ours')}
            </Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="search">{finder}</Tabs.Panel>
          <Tabs.Panel value="ours">
            <OurServices agencyId={session.user.agency.id} />
          </Tabs.Panel>
        </Tabs>
      ) : (
        finder
      )}
    </Stack>
  );
}
