import type { IndicatorSummary } from '@lantern/domain';
import { Alert, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { ConfirmDialog } from '../admin/ConfirmDialog';
import { RequireSession } from '../auth/RequireSession';
import { useIndicatorCatalogue } from '../reports/queries';
import { DoneNotice } from '../shared/Alerts';
import { EmptyState } from '../shared/ListStates';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { PageHeader } from '../shared/PageHeader';
import { draftOf, emptyDraft, type IndicatorDraft } from './composer-draft';
import { IndicatorComposer } from './IndicatorComposer';
import { useRetireIndicator } from './queries';

/** The system administrator composes, changes and retires the installation's own indicators (#19). */
export function IndicatorsAdminPage() {
  return (
    <RequireSession anyOf={['admin.indicators.manage']}>
      <IndicatorsAdmin />
    </RequireSession>
  );
}

type Composing = { draft: IndicatorDraft; editing: boolean; key: number } | null;

function IndicatorsAdmin() {
  const { t } = useTranslation();
  const catalogue = useIndicatorCatalogue();
  const retire = useRetireIndicator();
  const [composing, setComposing] = useState<Composing>(null);
  const [retiring, setRetiring] = useState<IndicatorSummary | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const own = catalogue.data?.indicators.filter((indicator) => indicator.custom) ?? [];
  const open = (draft: IndicatorDraft, editing: boolean) => {
    setDone(null);
    setComposing({ draft, editing, key: Date.now() });
  };
  return (
    <Stack gap="lg" maw={880} w="100%">
      <PageHeader title={t('indicatorAdmin.title')} intro={t('indicatorAdmin.intro')} />
      <Alert color="gray" data-testid="seeded-note">
        {t('indicatorAdmin.seededNote')}
      </Alert>
      {done && <DoneNotice onClose={() => setDone(null)}>{done}</DoneNotice>}
      {composing ? (
        <IndicatorComposer
          key={composing.key}
          initial={composing.draft}
          editing={composing.editing}
          onCancel={() => setComposing(null)}
          onDone={() => {
            setDone(composing.editing ? t('indicatorAdmin.changed') : t('indicatorAdmin.created'));
            setComposing(null);
          }}
        />
      ) : (
        <Group>
          <Button h={44} onClick={() => open(emptyDraft(), false)} data-testid="indicator-new">
            {t('indicatorAdmin.new')}
          </Button>
        </Group>
      )}
      <Title order={2} size="h3">
        {t('indicatorAdmin.listTitle')}
      </Title>
      {catalogue.isPending && <LoadingSkeleton gap="sm" blocks={[{ height: 120 }]} />}
      {catalogue.isError && (
        <LoadFailed message={catalogue.error.message} onRetry={() => void catalogue.refetch()} />
      )}
      {catalogue.data && own.length === 0 && <EmptyState>{t('indicatorAdmin.empty')}</EmptyState>}
      {own.map((indicator) => (
        <OwnIndicator
          key={indicator.code}
          indicator={indicator}
          onEdit={() => open(draftOf(indicator), true)}
          onRetire={() => {
            retire.reset();
            setRetiring(indicator);
          }}
        />
      ))}
      <ConfirmDialog
        opened={retiring !== null}
        title={t('indicatorAdmin.retireTitle')}
        text={t('indicatorAdmin.retireText', { name: retiring?.name[currentLocale()] ?? '' })}
        confirmLabel={t('indicatorAdmin.retire')}
        danger
        pending={retire.isPending}
        error={retire.error?.message}
        onClose={() => setRetiring(null)}
        onConfirm={() => {
          if (!retiring) return;
          retire.mutate(retiring.code, {
            onSuccess: () => {
              if (composing?.draft.code === retiring.code) setComposing(null);
              setRetiring(null);
              setDone(t('indicatorAdmin.retired'));
            },
          });
        }}
      />
    </Stack>
  );
}

function OwnIndicator({
  indicator,
  onEdit,
  onRetire,
}: {
  indicator: IndicatorSummary;
  onEdit: () => void;
  onRetire: () => void;
}) {
  const { t } = useTranslation();
  const name = indicator.name[currentLocale()];
  return (
    <Paper withBorder p="md" data-testid="own-indicator" data-code={indicator.code}>
      <Stack gap="xs">
        <Text fw={600}>{name}</Text>
        <Text size="sm" c="dimmed" dir="ltr" style={{ alignSelf: 'flex-start' }}>
          {indicator.code}
        </Text>
        <Text size="sm">
          {t(`indicatorAdmin.blocks.${indicator.block.kind}`)} ·{' '}
          {t(`indicatorAdmin.subjects.${indicator.block.subject}`)}
          {indicator.dimensions.length > 0 &&
            ` · ${indicator.dimensions.map((dimension) => t(`indicatorAdmin.dimensionNames.${dimension}`)).join(', ')}`}
        </Text>
        <Group gap="sm">
          <Button
            variant="default"
            h={44}
            onClick={onEdit}
            aria-label={t('indicatorAdmin.editAria', { name })}
          >
            {t('indicatorAdmin.edit')}
          </Button>
          <Button
            variant="default"
            color="red"
            h={44}
            onClick={onRetire}
            aria-label={t('indicatorAdmin.retireAria', { name })}
          >
            {t('indicatorAdmin.retire')}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
