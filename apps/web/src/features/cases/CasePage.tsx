import { type CaseDetail, todayInVietNam } from '@lantern/domain';
import { Alert, Button, Group, Stack, Tabs, Text, Title } from '@mantine/core';
import { useNavigate, useParams, useSearch } from '@tanstack/react-router';
import { type ComponentType, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { ReintegrationTab } from '../reintegration/ReintegrationTab';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { SupportTab } from '../support/SupportTab';
import { BreakGlassDialog } from './BreakGlassDialog';
import { AttachmentsTab } from './CaseAttachmentsTab';
import { ConsentTab } from './CaseConsentTab';
import { DetailsTab } from './CaseDetailsTab';
import { NotesTab } from './CaseNotesTab';
import { PersonTab } from './CasePersonTab';
import { ReferralsTab } from './CaseReferralsTab';
import { SharingTab } from './CaseSharingTab';
import { SummaryTab } from './CaseSummaryTab';
import { TasksTab } from './CaseTasksTab';
import { TimelineTab } from './CaseTimelineTab';
import { visibleTabs } from './case-tabs';
import classes from './cases.module.css';
import { deadlineText, deadlineTone, stateText, stateTone, verificationDeadline } from './labels';
import { useCase } from './queries';
import { type CaseTab, caseTabs } from './search';

/** Each section of a case file, all given the case as the page read it. */
const tabPanels: Record<CaseTab, ComponentType<{ detail: CaseDetail }>> = {
  summary: SummaryTab,
  person: PersonTab,
  details: DetailsTab,
  consent: ConsentTab,
  notes: NotesTab,
  tasks: TasksTab,
  support: SupportTab,
  reintegration: ReintegrationTab,
  attachments: AttachmentsTab,
  timeline: TimelineTab,
  referrals: ReferralsTab,
  sharing: SharingTab,
};

export function CasePage() {
  return (
    <RequireSession anyOf={['case.read', 'case.create', 'case.read_province', 'case.break_glass']}>
      <CaseView />
    </RequireSession>
  );
}

function CaseView() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const { id } = useParams({ from: '/cases/$id' });
  const search = useSearch({ from: '/cases/$id' });
  const navigate = useNavigate();
  const kase = useCase(id);
  const [breakingGlass, setBreakingGlass] = useState(false);

  if (kase.isError) {
    const missing =
      kase.error instanceof ApiError && (kase.error.status === 404 || kase.error.status === 403);
    const mayBreakGlass = missing && hasPermission(session, 'case.break_glass');
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>{missing ? t('casesWeb.case.notFound') : t('casesWeb.case.title')}</Title>
        <Alert color={missing ? 'gray' : 'red'} role="alert">
          <Stack gap="xs" align="flex-start">
            <Text>{missing ? t('casesWeb.case.notFoundText') : kase.error.message}</Text>
            {!missing && (
              <Button variant="light" onClick={() => void kase.refetch()}>
                {t('common.retry')}
              </Button>
            )}
          </Stack>
        </Alert>
        {mayBreakGlass && (
          <Stack gap="xs" align="flex-start">
            <Text>{t('casesWeb.breakGlass.offer')}</Text>
            <Button color="red" variant="outline" h={44} onClick={() => setBreakingGlass(true)}>
              {t('casesWeb.breakGlass.open')}
            </Button>
          </Stack>
        )}
        <AnchorLink to="/cases" fw={600} py="xs">
          {t('casesWeb.case.backToList')}
        </AnchorLink>
        <BreakGlassDialog
          caseId={id}
          opened={breakingGlass}
          onClose={() => setBreakingGlass(false)}
          onGranted={() => {
            setBreakingGlass(false);
            void kase.refetch();
          }}
        />
      </Stack>
    );
  }
  if (kase.isPending) {
    return (
      <LoadingSkeleton maw={960} blocks={[{ height: 36, width: '40%' }, { height: 44 }, { height: 240 }]} />
    );
  }

  const detail = kase.data;
  const deadline = verificationDeadline(detail.state, detail.verificationDueOn, todayInVietNam());
  const tabs = visibleTabs(session.user.permissions, detail);
  const tab = search.tab && tabs.includes(search.tab) ? search.tab : 'summary';
  const select = (next: string | null) => {
    const chosen = caseTabs.find((known) => known === next) ?? 'summary';
    void navigate({
      to: '/cases/$id',
      params: { id },
      search: chosen === 'summary' ? {} : { tab: chosen },
      replace: true,
    });
  };

  return (
    <Stack gap="md" maw={1040} w="100%">
      <Stack gap={6}>
        <AnchorLink to="/cases" size="sm" w="fit-content" py={6}>
          {t('casesWeb.case.backToList')}
        </AnchorLink>
        <Text size="sm" c="dimmed">
          {t('casesWeb.case.title')}
        </Text>
        <Group gap="sm" align="center">
          <Title order={1} className={classes.ltr} data-testid="case-code">
            {detail.code}
          </Title>
          <ToneBadge tone={stateTone(detail.state)} data-testid="case-state">
            {stateText(t, detail.state)}
          </ToneBadge>
          {deadline.kind !== 'none' && (
            <ToneBadge tone={deadlineTone(deadline)}>{deadlineText(t, deadline)}</ToneBadge>
          )}
        </Group>
        {detail.displayName && (
          // The line follows the page's direction (right-aligned in Arabic); only the name inside is isolated,
          // so a Vietnamese name keeps its own left-to-right order.
          <Text size="lg" ta="start" data-testid="case-name">
            <bdi>{detail.displayName}</bdi>
          </Text>
        )}
        <Text size="sm">{t(`casesWeb.access.${detail.access}`)}</Text>
      </Stack>

      <Tabs value={tab} onChange={select} keepMounted={false}>
        <Tabs.List className={classes.tabList} aria-label={t('casesWeb.case.sections')}>
          {tabs.map((known) => (
            <Tabs.Tab key={known} value={known} className={classes.tab}>
              {t(`casesWeb.tabs.${known}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        {caseTabs.map((known) => {
          const Panel = tabPanels[known];
          return (
            <Tabs.Panel key={known} value={known} pt="md">
              <Panel detail={detail} />
            </Tabs.Panel>
          );
        })}
      </Tabs>
    </Stack>
  );
}
