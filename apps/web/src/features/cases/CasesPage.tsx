import { type CaseSummary, caseStates, todayInVietNam } from '@lantern/domain';
import {
  Button,
  Group,
  NativeSelect,
  Paper,
  SimpleGrid,
  Skeleton,
  Stack,
  Switch,
  Table,
  Text,
  Title,
} from '@mantine/core';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { formatDayMonthYear } from '../reference/dates';
import { useProvinces } from '../reference/queries';
import { UnitSelect } from '../reference/UnitSelect';
import { LoadFailed } from '../shared/LoadFailed';
import shared from '../shared/shared.module.css';
import { ListPager } from '../shell/ListPager';
import { AnchorLink, ButtonLink } from '../shell/links';
import { formatListTotal, pagerFor } from '../shell/list-total';
import { ToneBadge } from '../shell/ToneBadge';
import classes from './cases.module.css';
import { DayInput } from './DayInput';
import {
  deadlineText,
  deadlineTone,
  stateText,
  stateTone,
  useProvinceLabels,
  useVocabularyLabels,
  verificationDeadline,
} from './labels';
import { PAGE_SIZE, useCases } from './queries';
import type { CasesSearch } from './search';
import { VocabularySelect } from './VocabularyField';

export function CasesPage() {
  return (
    <RequireSession anyOf={['case.read', 'case.create', 'case.read_province']}>
      <Cases />
    </RequireSession>
  );
}

function Cases() {
  const { t } = useTranslation();
  const session = useActiveSession();
  const canCreate = hasPermission(session, 'case.create');
  const search = useSearch({ from: '/cases' });
  const navigate = useNavigate();
  const list = useCases(search);
  const page = search.page ?? 1;
  const filtered = Object.keys(search).some((key) => key !== 'page');

  // Every filter change starts again at the first page.
  const filter = (change: Partial<CasesSearch>) => {
    const next: CasesSearch = { ...search, ...change, page: undefined };
    for (const key of Object.keys(next) as (keyof CasesSearch)[])
      if (next[key] === undefined || next[key] === null || next[key] === '') delete next[key];
    void navigate({ to: '/cases', search: next });
  };
  const goToPage = (next: number) =>
    void navigate({ to: '/cases', search: { ...search, page: next > 1 ? next : undefined } });

  return (
    <Stack gap="lg" maw={1200} w="100%">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1}>{t('casesWeb.list.title')}</Title>
          <Text>{t('casesWeb.list.intro')}</Text>
        </Stack>
        {hasPermission(session, 'case.merge') && (
          <ButtonLink to="/cases/duplicates" variant="default" size="lg" h={48}>
            {t('casesWeb.duplicates.link')}
          </ButtonLink>
        )}
        {canCreate && (
          <ButtonLink to="/cases/new" size="lg" h={48}>
            {t('casesWeb.list.register')}
          </ButtonLink>
        )}
      </Group>

      <Filters search={search} onChange={filter} />

      {list.isPending && <Skeleton height={240} />}
      {list.isError && <LoadFailed message={list.error.message} onRetry={() => void list.refetch()} />}
      {list.data && (
        <Text size="sm" c="dimmed" role="status">
          {t('casesWeb.list.count', { total: formatListTotal(list.data, currentLocale()) })}
        </Text>
      )}
      {list.data && list.data.items.length === 0 && (
        <Paper withBorder p="lg" data-testid="cases-empty">
          <Stack gap="sm" align="flex-start">
            <Text fw={600}>{filtered ? t('casesWeb.list.noMatch') : t('casesWeb.list.empty')}</Text>
            {filtered ? (
              <Button variant="default" h={44} onClick={() => void navigate({ to: '/cases', search: {} })}>
                {t('casesWeb.list.clearFilters')}
              </Button>
            ) : (
              canCreate && (
                <>
                  <Text>{t('casesWeb.list.emptyHint')}</Text>
                  <ButtonLink to="/cases/new" h={44} variant="light">
                    {t('casesWeb.list.register')}
                  </ButtonLink>
                </>
              )
            )}
          </Stack>
        </Paper>
      )}
      {list.data && list.data.items.length > 0 && <CaseTable items={list.data.items} />}
      {list.data && <ListPager page={page} {...pagerFor(list.data, PAGE_SIZE)} setPage={goToPage} />}
    </Stack>
  );
}

function Filters({
  search,
  onChange,
}: {
  search: CasesSearch;
  onChange: (change: Partial<CasesSearch>) => void;
}) {
  const { t } = useTranslation();
  const provinces = useProvinces('2025');
  return (
    <Paper withBorder p="md" component="section" aria-label={t('casesWeb.list.filters')}>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="md" verticalSpacing="sm">
        <NativeSelect
          label={t('casesWeb.list.state')}
          size="md"
          classNames={{ input: shared.input }}
          value={search.state ?? ''}
          onChange={(event) =>
            onChange({ state: (event.currentTarget.value || undefined) as CasesSearch['state'] })
          }
          data={[
            { value: '', label: t('casesWeb.list.allStates') },
            ...caseStates.map((state) => ({ value: state, label: stateText(t, state) })),
          ]}
        />
        <UnitSelect
          label={t('casesWeb.list.province')}
          units={provinces.data?.units}
          loading={provinces.isPending}
          value={search.province ?? null}
          onChange={(province) => onChange({ province: province ?? undefined })}
          testId="cases-filter-province"
        />
        <VocabularySelect
          vocabulary="exploitation-type"
          label={t('casesWeb.list.exploitationType')}
          value={search.exploitationType ?? null}
          onChange={(exploitationType) => onChange({ exploitationType: exploitationType ?? undefined })}
        />
        <DayInput
          label={t('casesWeb.list.receivedFrom')}
          value={search.receivedFrom ?? null}
          onChange={(receivedFrom) => onChange({ receivedFrom: receivedFrom ?? undefined })}
          inputWidth="100%"
        />
        <DayInput
          label={t('casesWeb.list.receivedTo')}
          value={search.receivedTo ?? null}
          onChange={(receivedTo) => onChange({ receivedTo: receivedTo ?? undefined })}
          error={
            search.receivedFrom && search.receivedTo && search.receivedTo < search.receivedFrom
              ? t('casesWeb.list.toBeforeFrom')
              : undefined
          }
          inputWidth="100%"
        />
        <Stack justify="center">
          <Switch
            size="md"
            label={t('casesWeb.list.overdue')}
            description={t('casesWeb.list.overdueHelp')}
            checked={search.overdue === true}
            onChange={(event) => onChange({ overdue: event.currentTarget.checked ? true : undefined })}
          />
        </Stack>
      </SimpleGrid>
    </Paper>
  );
}

function CaseTable({ items }: { items: CaseSummary[] }) {
  const { t } = useTranslation();
  const today = todayInVietNam();
  const province = useProvinceLabels();
  const exploitation = useVocabularyLabels('exploitation-type');
  return (
    <Table.ScrollContainer minWidth={720}>
      <Table
        striped
        highlightOnHover
        verticalSpacing="sm"
        className={classes.table}
        data-testid="cases-table"
      >
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('casesWeb.list.case')}</Table.Th>
            <Table.Th>{t('casesWeb.list.state')}</Table.Th>
            <Table.Th>{t('casesWeb.list.received')}</Table.Th>
            <Table.Th>{t('casesWeb.list.deadline')}</Table.Th>
            <Table.Th>{t('casesWeb.list.province')}</Table.Th>
            <Table.Th>{t('casesWeb.list.exploitationTypes')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((item) => {
            const deadline = verificationDeadline(item.state, item.verificationDueOn, today);
            return (
              <Table.Tr key={item.id} data-testid="case-row">
                <Table.Td>
                  <AnchorLink
                    to="/cases/$id"
                    params={{ id: item.id }}
                    className={`${classes.codeLink} ${classes.ltr}`}
                  >
                    {item.code}
                  </AnchorLink>
                  {item.displayName && (
                    <Text size="sm" dir="auto">
                      {item.displayName}
                    </Text>
                  )}
                </Table.Td>
                <Table.Td>
                  <ToneBadge tone={stateTone(item.state)} size="md" radius="sm">
                    {stateText(t, item.state)}
                  </ToneBadge>
                </Table.Td>
                <Table.Td>
                  <span className={classes.ltr}>{formatDayMonthYear(item.receivedOn)}</span>
                </Table.Td>
                <Table.Td>
                  {deadline.kind === 'none' ? (
                    <Text size="sm" c="dimmed">
                      {deadlineText(t, deadline)}
                    </Text>
                  ) : (
                    <ToneBadge tone={deadlineTone(deadline)} size="md" radius="sm">
                      {deadlineText(t, deadline, true)}
                    </ToneBadge>
                  )}
                </Table.Td>
                <Table.Td>{province(item.provinceCode)}</Table.Td>
                <Table.Td>
                  {item.exploitationTypes.length > 0 ? (
                    formatList(
                      item.exploitationTypes.map((code) => exploitation(code)),
                      currentLocale(),
                    )
                  ) : (
                    <Text size="sm" c="dimmed">
                      {t('casesWeb.notRecorded')}
                    </Text>
                  )}
                </Table.Td>
              </Table.Tr>
            );
          })}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
