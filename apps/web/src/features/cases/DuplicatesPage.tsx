import { Alert, Button, Group, Paper, SimpleGrid, Skeleton, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { RequireSession } from '../auth/RequireSession';
import { ErrorAlert } from '../shared/Alerts';
import { LabelledSegments } from '../shared/LabelledSegments';
import { CardList } from '../shared/ListStates';
import { LoadFailed } from '../shared/LoadFailed';
import { AnchorLink } from '../shell/links';
import { ToneBadge } from '../shell/ToneBadge';
import classes from './cases.module.css';
import { useDecideDuplicate, useDuplicates, useScanDuplicates } from './duplicate-queries';
import {
  type DuplicateDecision,
  type DuplicatePair,
  type DuplicateSide,
  type DuplicateStatus,
  dayInVietNam,
  decisionsFor,
  duplicateStatuses,
  knownBirth,
  ownFirst,
  splitReasons,
} from './duplicates';
import { useProvinceLabels } from './labels';
import { MatchCard } from './MatchCard';

export function DuplicatesPage() {
  return (
    <RequireSession anyOf={['case.merge']}>
      <Duplicates />
    </RequireSession>
  );
}

function Duplicates() {
  const { t } = useTranslation();
  const [status, setStatus] = useState<DuplicateStatus>('open');
  const [done, setDone] = useState<DuplicateStatus | null>(null);
  const list = useDuplicates(status);
  const scan = useScanDuplicates();

  return (
    <Stack gap="lg" maw={1200} w="100%">
      <Stack gap={4}>
        <AnchorLink to="/cases" size="sm" py={10} style={{ alignSelf: 'flex-start' }}>
          {t('casesWeb.duplicates.backToCases')}
        </AnchorLink>
        <Group justify="space-between" align="flex-end" gap="sm">
          <Stack gap={4} style={{ flex: '1 1 320px' }}>
            <Title order={1}>{t('casesWeb.duplicates.title')}</Title>
            <Text>{t('casesWeb.duplicates.intro')}</Text>
          </Stack>
          <Button
            size="lg"
            h={48}
            loading={scan.isPending}
            onClick={() => {
              setDone(null);
              scan.mutate();
            }}
            data-testid="duplicates-check"
          >
            {t('casesWeb.duplicates.check')}
          </Button>
        </Group>
      </Stack>

      <div aria-live="polite">
        {scan.data && (
          <Alert color="teal" variant="light" role="status" data-testid="duplicates-scanned">
            {t('casesWeb.duplicates.scanned', { scanned: scan.data.scanned, pairs: scan.data.pairs })}
          </Alert>
        )}
        {done && (
          <Alert color="teal" variant="light" role="status" mt={scan.data ? 'sm' : 0}>
            {t(`casesWeb.duplicates.done.${done}`)}
          </Alert>
        )}
      </div>
      <ErrorAlert message={scan.error?.message} />

      <LabelledSegments
        label={t('casesWeb.duplicates.show')}
        value={status}
        onChange={setStatus}
        data={duplicateStatuses.map((value) => ({
          value,
          label: t(`casesWeb.duplicates.status.${value}`),
        }))}
        maw={560}
        size="md"
      />

      {list.isPending && <Skeleton height={240} />}
      {list.isError && <LoadFailed message={list.error.message} onRetry={() => void list.refetch()} />}
      {list.data && list.data.length === 0 && (
        <Paper withBorder p="lg" data-testid="duplicates-empty">
          <Text fw={600}>{t(`casesWeb.duplicates.empty.${status}`)}</Text>
        </Paper>
      )}
      {list.data && list.data.length > 0 && (
        <Stack gap="sm">
          <Text size="sm" c="dimmed">
            {t('casesWeb.duplicates.count', { count: list.data.length })}
          </Text>
          <CardList gap="md" aria-label={t('casesWeb.duplicates.pairs')}>
            {list.data.map((pair) => (
              <PairCard key={pair.id} pair={pair} onDecided={setDone} />
            ))}
          </CardList>
        </Stack>
      )}
    </Stack>
  );
}

function PairCard({
  pair,
  onDecided,
}: {
  pair: DuplicatePair;
  onDecided: (status: DuplicateStatus) => void;
}) {
  const { t } = useTranslation();
  const decide = useDecideDuplicate();
  const [asking, setAsking] = useState<DuplicateDecision | null>(null);
  const { alike, different } = splitReasons(pair.reasons);
  const [first, second] = ownFirst(pair);

  const confirm = (decision: DuplicateDecision) => {
    if (decision === 'merge')
      return {
        title: t('casesWeb.duplicates.confirm.mergeTitle'),
        text: t('casesWeb.duplicates.confirm.mergeText'),
        label: t('casesWeb.duplicates.confirm.mergeConfirm'),
      };
    if (decision === 'dismiss')
      return {
        title: t('casesWeb.duplicates.confirm.dismissTitle'),
        text: t('casesWeb.duplicates.confirm.dismissText'),
        label: t('casesWeb.duplicates.confirm.dismissConfirm'),
      };
    const merged = pair.status === 'merged';
    return {
      title: t(`casesWeb.duplicates.confirm.${merged ? 'undoMergedTitle' : 'undoDismissedTitle'}`),
      text: t(`casesWeb.duplicates.confirm.${merged ? 'undoMergedText' : 'undoDismissedText'}`),
      label: t('casesWeb.duplicates.confirm.undoConfirm'),
    };
  };
  const dialog = asking ? confirm(asking) : null;

  return (
    <MatchCard
      band={pair.band}
      decided={pair.status !== 'open'}
      testId="duplicate-pair"
      gap="sm"
      alike={alike}
      different={different}
      badges={
        <>
          {pair.status === 'merged' && <ToneBadge tone="info">{t('casesWeb.duplicates.linked')}</ToneBadge>}
          {pair.status === 'dismissed' && (
            <ToneBadge tone="neutral">{t('casesWeb.duplicates.dismissedBadge')}</ToneBadge>
          )}
        </>
      }
      aside={
        <Text size="sm" c="dimmed">
          {pair.decidedAt && pair.status !== 'open'
            ? t('casesWeb.duplicates.decided', { date: dayInVietNam(pair.decidedAt) })
            : t('casesWeb.duplicates.found', { date: dayInVietNam(pair.foundAt) })}
        </Text>
      }
    >
      <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="sm">
        <SideView side={first} />
        <SideView side={second} />
      </SimpleGrid>
      <Group gap="sm">
        {decisionsFor(pair.status).map((decision) => (
          <Button
            key={decision}
            variant={decision === 'merge' ? 'filled' : 'default'}
            h={44}
            onClick={() => {
              decide.reset();
              setAsking(decision);
            }}
            data-testid={`duplicate-${decision}`}
          >
            {decision === 'merge'
              ? t('casesWeb.duplicates.merge')
              : decision === 'dismiss'
                ? t('casesWeb.duplicates.dismiss')
                : t('casesWeb.duplicates.undo')}
          </Button>
        ))}
      </Group>
      {asking && dialog && (
        <ConfirmDialog
          opened
          title={dialog.title}
          text={dialog.text}
          confirmLabel={dialog.label}
          pending={decide.isPending}
          error={decide.error?.message}
          onClose={() => setAsking(null)}
          onConfirm={() =>
            decide.mutate(
              { id: pair.id, decision: asking },
              {
                onSuccess: (result) => {
                  setAsking(null);
                  onDecided(result.status);
                },
              },
            )
          }
        />
      )}
    </MatchCard>
  );
}

/** One record of the pair: the own agency's with its identity, another agency's with its case and province. */
/** The day, else the year, else the approximate age: "no date of birth recorded" only when nothing is. */
function BirthText({ side }: { side: DuplicateSide }) {
  const { t } = useTranslation();
  const birth = knownBirth(side);
  if (!birth) return <>{t('casesWeb.duplicates.birthUnknown')}</>;
  if (birth.kind === 'date') return <span className={classes.ltr}>{birth.text}</span>;
  if (birth.kind === 'year') return <>{t('roughEdges.duplicates.bornIn', { year: birth.year })}</>;
  return <>{t('roughEdges.duplicates.aboutYearsOn', { years: birth.years, on: birth.on })}</>;
}

function SideView({ side }: { side: DuplicateSide }) {
  const { t } = useTranslation();
  const province = useProvinceLabels();
  const where = province(side.provinceCode) || t('casesWeb.unknownProvince');

  if (!side.ownAgency)
    return (
      <Paper withBorder p="sm" bg="var(--mantine-color-gray-0)" data-testid="duplicate-side-other">
        <Stack gap={4}>
          <Text size="sm" fw={600}>
            {t('casesWeb.duplicates.otherRecord')}
          </Text>
          <Text size="sm">
            {side.caseCode
              ? // The code keeps its left-to-right order inside Arabic text (isolated).
                t('casesWeb.duplicates.otherCase', { code: `\u2066${side.caseCode}\u2069`, province: where })
              : t('casesWeb.duplicates.otherNoCase', { province: where })}
          </Text>
          <Text size="sm" c="dimmed">
            <span className={classes.masked}>••••</span> {t('casesWeb.register.identityHidden')}
          </Text>
        </Stack>
      </Paper>
    );

  return (
    <Paper withBorder p="sm" data-testid="duplicate-side-own">
      <Stack gap={4}>
        <Text size="sm" fw={600}>
          {t('casesWeb.duplicates.ownRecord')}
        </Text>
        <Text fw={600} dir="auto">
          {side.fullName ?? t('casesWeb.duplicates.nameUnknown')}
        </Text>
        <Text size="sm">
          {t('casesWeb.duplicates.dateOfBirth')}: <BirthText side={side} />
        </Text>
        {side.caseId && side.caseCode ? (
          <Text size="sm">
            {t('casesWeb.duplicates.case')}:{' '}
            <AnchorLink
              to="/cases/$id"
              params={{ id: side.caseId }}
              className={`${classes.codeLink} ${classes.ltr}`}
              data-testid="duplicate-case-link"
            >
              {side.caseCode}
            </AnchorLink>
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            {side.caseCode ?? t('casesWeb.duplicates.noCase')}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}
