import type { ScreeningOutcome } from '@lantern/domain';
import { Button, Group, NativeSelect, Paper, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useSearch } from '@tanstack/react-router';
import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { LoadFailed } from '../shared/LoadFailed';
import shared from '../shared/shared.module.css';
import { ListPager } from '../shell/ListPager';
import { AnchorLink, ButtonLink } from '../shell/links';
import { formatListTotal, pagerFor } from '../shell/list-total';
import { ToneBadge } from '../shell/ToneBadge';
import { DiscardDraftDialog } from './DiscardDraftDialog';
import { discardDraft, loadDraft } from './draft-store';
import { instrumentName, isOutcome, orderedNeeds, outcomeText, outcomeTone } from './labels';
import { answeredCount } from './model';
import { flushOutbox, type QueuedScreening, removeQueued, useOutbox, useScreeningSent } from './outbox';
import { PAGE_SIZE, screeningKeys, useInstrumentSummaries, useScreenings } from './queries';
import classes from './screening.module.css';

export function ScreeningsPage() {
  return (
    <RequireSession anyOf={['screening.create', 'screening.read']}>
      <Screenings />
    </RequireSession>
  );
}

const OUTCOME_FILTERS: ScreeningOutcome[] = ['possible-victim', 'some-indicators', 'no-indicators', 'scored'];

function Screenings() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const session = useActiveSession();
  const userId = session.user.id;
  const canCreate = hasPermission(session, 'screening.create');
  const search = useSearch({ from: '/screenings' });
  const navigate = useNavigate();
  const page = search.page ?? 1;
  const list = useScreenings(search.outcome, page);
  const summaries = useInstrumentSummaries();
  const queryClient = useQueryClient();
  const outbox = useOutbox(userId);
  const [draft, setDraft] = useState(() => loadDraft(userId));
  const [confirmDiscard, setConfirmDiscard] = useState(false);
  const [sending, setSending] = useState(false);

  // Whatever waits on this device is sent as soon as the list is opened with a connection.
  useEffect(() => {
    void flushOutbox();
  }, []);
  useScreeningSent(
    useCallback(() => void queryClient.invalidateQueries({ queryKey: screeningKeys.lists }), [queryClient]),
  );

  const filterBy = (outcome: string) =>
    void navigate({ to: '/screenings', search: isOutcome(outcome) ? { outcome } : {} });
  const goToPage = (next: number) =>
    void navigate({
      to: '/screenings',
      search: { ...search, ...(next > 1 ? { page: next } : { page: undefined }) },
    });
  const instruments = (ids: readonly string[]) =>
    formatList(
      ids.map((id) => instrumentName(t, locale, id, summaries.data)),
      locale,
    );

  return (
    <Stack gap="lg" maw={960}>
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={4} style={{ flex: '1 1 320px' }}>
          <Title order={1}>{t('screeningWeb.list.title')}</Title>
          <Text>{t('screeningWeb.list.intro')}</Text>
        </Stack>
        {canCreate && (
          <ButtonLink to="/screenings/new" size="lg" w={{ base: '100%', xs: 'auto' }}>
            {t('screeningWeb.list.new')}
          </ButtonLink>
        )}
      </Group>

      {draft && canCreate && (
        <Paper withBorder p="md" bg="yellow.0" data-testid="screening-draft">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('screeningWeb.draft.title')}
            </Title>
            <Text>
              {t('screeningWeb.draft.summary', {
                time: formatDateTime(draft.createdAt, locale),
                count: answeredCount(draft),
              })}
            </Text>
            <Text size="sm">{t('screeningWeb.draft.privacy')}</Text>
            <Group gap="sm">
              <ButtonLink to="/screenings/new" h={44}>
                {t('screeningWeb.draft.continue')}
              </ButtonLink>
              <Button variant="default" h={44} onClick={() => setConfirmDiscard(true)}>
                {t('screeningWeb.draft.discard')}
              </Button>
            </Group>
          </Stack>
        </Paper>
      )}

      {outbox.length > 0 && (
        <Paper withBorder p="md" bg="blue.0" data-testid="screening-outbox">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('screeningWeb.outbox.title', { count: outbox.length })}
            </Title>
            <Text>{t('screeningWeb.outbox.text')}</Text>
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }}>
              {outbox.map((item) => (
                <OutboxItem
                  key={item.clientDraftId}
                  item={item}
                  instruments={instruments(item.payload.responses.map((response) => response.instrumentId))}
                />
              ))}
            </Stack>
            <Button
              variant="light"
              h={44}
              w="fit-content"
              loading={sending}
              onClick={() => {
                setSending(true);
                void flushOutbox().finally(() => setSending(false));
              }}
            >
              {t('screeningWeb.queued.sendNow')}
            </Button>
          </Stack>
        </Paper>
      )}

      <NativeSelect
        label={t('screeningWeb.list.filterOutcome')}
        size="md"
        classNames={{ input: shared.input }}
        value={search.outcome ?? ''}
        onChange={(event) => filterBy(event.currentTarget.value)}
        data={[
          { value: '', label: t('screeningWeb.list.allOutcomes') },
          ...OUTCOME_FILTERS.map((outcome) => ({ value: outcome, label: outcomeText(t, outcome) })),
        ]}
        maw={{ base: '100%', sm: 420 }}
      />

      {list.isPending && <Skeleton height={160} />}
      {list.isError && <LoadFailed message={list.error.message} onRetry={() => void list.refetch()} />}
      {list.data && (
        <Text size="sm" c="dimmed" role="status">
          {t('screeningWeb.list.count', { total: formatListTotal(list.data, locale) })}
        </Text>
      )}
      {list.data && list.data.items.length === 0 && (
        <Paper withBorder p="lg">
          <Stack gap="sm" align="flex-start">
            <Text fw={600}>
              {search.outcome ? t('screeningWeb.list.noMatch') : t('screeningWeb.list.empty')}
            </Text>
            {!search.outcome && canCreate && <Text>{t('screeningWeb.list.emptyHint')}</Text>}
          </Stack>
        </Paper>
      )}
      {list.data && list.data.items.length > 0 && (
        <Stack
          component="ul"
          gap="sm"
          p={0}
          m={0}
          style={{ listStyle: 'none' }}
          data-testid="screenings-list"
        >
          {list.data.items.map((item) => {
            const needs = orderedNeeds(locale, item.needs);
            return (
              <Paper
                component="li"
                withBorder
                p="md"
                key={item.id}
                className={classes.listItem}
                data-testid="screening-item"
              >
                <Stack gap={6}>
                  <Group justify="space-between" gap="xs" align="flex-start">
                    <AnchorLink
                      to="/screenings/$id"
                      params={{ id: item.id }}
                      fw={600}
                      className={classes.cardLink}
                      py={10}
                      dir="ltr"
                    >
                      {formatDateTime(item.screenedAt, locale)}
                    </AnchorLink>
                    <ToneBadge tone={outcomeTone(item.outcome)}>{outcomeText(t, item.outcome)}</ToneBadge>
                  </Group>
                  <Text size="sm">
                    <Text span c="dimmed">
                      {t('screeningWeb.list.instruments')}:
                    </Text>{' '}
                    {instruments(item.instruments.map((instrument) => instrument.id))}
                  </Text>
                  <Text size="sm">
                    <Text span c="dimmed">
                      {t('screeningWeb.list.needs')}:
                    </Text>{' '}
                    {needs.length > 0
                      ? formatList(
                          needs.map((need) => need.label),
                          locale,
                        )
                      : t('screeningWeb.list.noNeeds')}
                  </Text>
                  <Text size="sm" c="dimmed">
                    {t('screeningWeb.list.screenedBy', { name: item.screenedBy.displayName })}
                  </Text>
                </Stack>
              </Paper>
            );
          })}
        </Stack>
      )}
      {list.data && <ListPager page={page} {...pagerFor(list.data, PAGE_SIZE)} setPage={goToPage} />}

      <DiscardDraftDialog
        opened={confirmDiscard}
        onDiscard={() => {
          discardDraft(userId);
          setDraft(null);
          setConfirmDiscard(false);
        }}
        onClose={() => setConfirmDiscard(false)}
      />
    </Stack>
  );
}

function OutboxItem({ item, instruments }: { item: QueuedScreening; instruments: string }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Paper component="li" withBorder p="sm">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs">
          <Text fw={600} dir="ltr">
            {formatDateTime(item.payload.screenedAt, locale)}
          </Text>
          {item.localOutcome && (
            <ToneBadge tone={outcomeTone(item.localOutcome)} size="md">
              {outcomeText(t, item.localOutcome)}
            </ToneBadge>
          )}
        </Group>
        <Text size="sm">{instruments}</Text>
        {item.refusal ? (
          <Stack gap={4} align="flex-start">
            <Text size="sm" c="#9b1c1c" role="alert">
              {t('screeningWeb.outbox.refused', { reason: item.refusal })}
            </Text>
            <Button
              variant="subtle"
              color="red"
              c="#9b1c1c"
              h={44}
              onClick={() => removeQueued(item.clientDraftId)}
            >
              {t('screeningWeb.outbox.remove')}
            </Button>
          </Stack>
        ) : (
          <Text size="sm" c="dimmed">
            {t('screeningWeb.outbox.waiting')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
