import type { AuditEventView } from '@lantern/domain';
import { Alert, Anchor, Button, Skeleton, Stack, Table, Text, Title } from '@mantine/core';
import { useInfiniteQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { type AuditSearch, auditFilterKeys } from '../../lib/search';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import { AuditFilters } from './AuditFilters';
import { actionLabel, refusalLabel, resourceTypeLabel } from './labels';

const route = getRouteApi('/audit');
const PAGE_SIZE = 50;

interface AuditPage {
  events: AuditEventView[];
  nextBeforeSeq: number | null;
}

export function AuditPage() {
  return (
    <RequireSession anyOf={['audit.read']}>
      <AuditTrail />
    </RequireSession>
  );
}

function queryString(search: AuditSearch, beforeSeq: number | null): string {
  const params = new URLSearchParams();
  for (const key of auditFilterKeys) {
    const value = search[key];
    if (value) params.set(key, value);
  }
  if (beforeSeq !== null) params.set('beforeSeq', String(beforeSeq));
  params.set('limit', String(PAGE_SIZE));
  return params.toString();
}

function AuditTrail() {
  const { t } = useTranslation();
  const search = route.useSearch();
  const navigate = useNavigate();
  const events = useInfiniteQuery({
    queryKey: ['audit', search],
    queryFn: ({ pageParam }) => api<AuditPage>(`/api/audit/events?${queryString(search, pageParam)}`),
    initialPageParam: null as number | null,
    getNextPageParam: (last) => last.nextBeforeSeq,
  });
  const rows = events.data?.pages.flatMap((page) => page.events) ?? [];
  const recordHistory = search.resourceType && search.resourceId;

  const filterBy = (next: AuditSearch) => void navigate({ to: '/audit', search: next });
  const canOpenUsers = hasPermission(
    useActiveSession(),
    'admin.users.manage_all',
    'admin.users.manage_own_agency',
  );

  return (
    <Stack gap="lg">
      <Stack gap={4}>
        <Title order={1}>
          {recordHistory
            ? t('audit.recordTitle', {
                type: resourceTypeLabel(t, search.resourceType ?? ''),
                id: search.resourceId,
              })
            : t('audit.title')}
        </Title>
        <Text>{t('audit.intro')}</Text>
      </Stack>
      <AuditFilters search={search} onApply={filterBy} />
      {events.isPending && <Skeleton height={240} />}
      {events.isError && (
        <Alert color="red" role="alert">
          {events.error.message}
        </Alert>
      )}
      {events.data && rows.length === 0 && <Text>{t('audit.empty')}</Text>}
      {rows.length > 0 && (
        <Table.ScrollContainer minWidth={960}>
          <Table striped verticalSpacing="xs" data-testid="audit-table">
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('audit.when')}</Table.Th>
                <Table.Th>{t('audit.who')}</Table.Th>
                <Table.Th>{t('audit.what')}</Table.Th>
                <Table.Th>{t('audit.record')}</Table.Th>
                <Table.Th>{t('audit.outcome')}</Table.Th>
                <Table.Th>{t('audit.from')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map((event) => (
                <AuditRow key={event.id} event={event} onFilter={filterBy} canOpenUsers={canOpenUsers} />
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {events.hasNextPage && (
        <Button
          variant="light"
          w="fit-content"
          loading={events.isFetchingNextPage}
          onClick={() => void events.fetchNextPage()}
        >
          {t('audit.older')}
        </Button>
      )}
      {events.data && rows.length > 0 && !events.hasNextPage && (
        <Text size="sm" c="dimmed">
          {t('audit.end')}
        </Text>
      )}
    </Stack>
  );
}

const outcomeTone = {
  success: 'positive',
  failure: 'warning',
  denied: 'negative',
  refused: 'negative',
} as const;

interface AuditRowProps {
  event: AuditEventView;
  onFilter: (search: AuditSearch) => void;
  canOpenUsers: boolean;
}

function AuditRow({ event, onFilter, canOpenUsers }: AuditRowProps) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Table.Tr
      data-outcome={event.outcome}
      // A refusal stands out from routine work: it is what an auditor looks for.
      bg={event.outcome === 'refused' ? 'var(--mantine-color-red-light)' : undefined}
    >
      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(event.occurredAt, locale, true)}</Table.Td>
      <Table.Td>
        {event.actorUserId ? (
          <Anchor
            component="button"
            type="button"
            onClick={() => onFilter({ actorUserId: event.actorUserId ?? undefined })}
            title={t('audit.filterByActor')}
          >
            {event.actorUsername ?? event.actorUserId}
          </Anchor>
        ) : (
          <Text span c="dimmed">
            {t('audit.system')}
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <Text size="sm">{actionLabel(t, event.action)}</Text>
        <Text size="xs" c="dimmed" ff="monospace" dir="ltr" ta="start">
          {event.action}
        </Text>
        {event.reason && event.outcome === 'refused' ? (
          <Text size="sm" mt={4} data-testid="audit-refusal">
            {t('audit.refusedBecause')}: {refusalLabel(t, event.reason)}{' '}
            <Text span size="xs" c="dimmed" ff="monospace" dir="ltr">
              ({event.reason})
            </Text>
          </Text>
        ) : (
          event.reason && (
            <Text size="sm" mt={4}>
              {t('audit.reason')}: {event.reason}
            </Text>
          )
        )}
      </Table.Td>
      <Table.Td>
        {event.resourceType && event.resourceId ? (
          <Stack gap={0} align="flex-start">
            <Text size="sm">{resourceTypeLabel(t, event.resourceType)}</Text>
            <Anchor
              component="button"
              type="button"
              size="xs"
              ff="monospace"
              dir="ltr"
              onClick={() =>
                onFilter({
                  resourceType: event.resourceType ?? undefined,
                  resourceId: event.resourceId ?? undefined,
                })
              }
              title={t('audit.filterByRecord')}
            >
              {event.resourceId}
            </Anchor>
            {event.resourceType === 'user' && canOpenUsers && (
              <AnchorLink to="/admin/users/$userId" params={{ userId: event.resourceId }} size="xs">
                {t('audit.openUser')}
              </AnchorLink>
            )}
          </Stack>
        ) : (
          <Text span c="dimmed">
            —
          </Text>
        )}
      </Table.Td>
      <Table.Td>
        <ToneBadge tone={outcomeTone[event.outcome]}>{t(`audit.outcomes.${event.outcome}`)}</ToneBadge>
      </Table.Td>
      <Table.Td>
        <Text size="sm" dir="ltr" ta="start" ff="monospace">
          {event.ip ?? '—'}
        </Text>
      </Table.Td>
    </Table.Tr>
  );
}
