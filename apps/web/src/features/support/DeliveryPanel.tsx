import {
  type CaseSupport,
  type DeliveryStatus,
  type DeliveryView,
  monetaryRegimes,
  todayInVietNam,
} from '@lantern/domain';
import { Button, Group, Paper, Select, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatVnd } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { DayInput } from '../cases/DayInput';
import { useVocabularyLabels } from '../cases/labels';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { ChangeError } from '../cases/PartStatus';
import { VocabularySelect } from '../cases/VocabularyField';
import { formatDayMonthYear } from '../reference/dates';
import shared from '../shared/shared.module.css';
import { useFieldErrors } from '../shared/useFieldErrors';
import { type Tone, ToneBadge } from '../shell/ToneBadge';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import { DeliveryEvidence } from './DeliveryEvidence';
import { parseDong } from './money';
import { useRecordDelivery, useRequestApproval } from './queries';

const statusTone: Record<DeliveryStatus, Tone> = {
  recorded: 'positive',
  draft: 'neutral',
  pending: 'warning',
  approved: 'positive',
  rejected: 'negative',
};

export function DeliveryPanel({
  caseId,
  support,
  canChange,
  canRecord,
}: {
  caseId: string;
  support: CaseSupport;
  canChange: boolean;
  canRecord: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="support-deliveries">
      <Title order={2} size="h4" id="support-deliveries">
        {t('support.delivery.title')}
      </Title>
      {support.deliveries.length === 0 && <Text c="dimmed">{t('support.delivery.none')}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {support.deliveries.map((delivery) => (
          <DeliveryCard
            key={delivery.id}
            caseId={caseId}
            delivery={delivery}
            rejectedBecause={
              support.approvals.findLast((a) => a.deliveryId === delivery.id && a.status === 'rejected')
                ?.reason ?? null
            }
            canChange={canChange}
          />
        ))}
      </Stack>
      {canRecord && <RecordDelivery caseId={caseId} support={support} />}
    </Stack>
  );
}

function DeliveryCard({
  caseId,
  delivery,
  rejectedBecause,
  canChange,
}: {
  caseId: string;
  delivery: DeliveryView;
  rejectedBecause: string | null;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const regimeLabel = useVocabularyLabels('vn-support-regime');
  const ask = useRequestApproval(caseId);
  const mayAsk = canChange && (delivery.status === 'draft' || delivery.status === 'rejected');
  return (
    <Paper component="li" withBorder p="md" data-testid="support-delivery">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600}>{regimeLabel(delivery.regime)}</Text>
          <ToneBadge tone={statusTone[delivery.status]} size="md" data-testid="delivery-status">
            {t(`support.delivery.status.${delivery.status}`)}
          </ToneBadge>
        </Group>
        <Text size="sm">
          <span dir="ltr">{formatDayMonthYear(delivery.deliveredOn)}</span>
          {delivery.amountVnd !== null && (
            <>
              {' · '}
              <strong dir="ltr">{formatVnd(delivery.amountVnd, currentLocale())}</strong>
            </>
          )}
          {delivery.quantity > 1 && ` · ${t('support.delivery.quantity')}: ${delivery.quantity}`}
        </Text>
        <Text size="sm" c="dimmed">
          {t('support.delivery.by', { agency: delivery.agency.name, name: delivery.recordedBy.displayName })}
        </Text>
        {delivery.note && (
          <Text size="sm" dir="auto">
            {delivery.note}
          </Text>
        )}
        {delivery.correctsId && <Text size="sm">{t('support.delivery.corrects')}</Text>}
        {delivery.correctedBy && <Text size="sm">{t('support.delivery.correctedBy')}</Text>}
        {delivery.status === 'rejected' && rejectedBecause && (
          <Text size="sm" dir="auto">
            {t('casesWeb.timeline.reason', { reason: rejectedBecause })}
          </Text>
        )}
        <DeliveryEvidence caseId={caseId} delivery={delivery} canChange={canChange} />
        {mayAsk && (
          <Button h={44} w="fit-content" loading={ask.isPending} onClick={() => ask.mutate(delivery.id)}>
            {t('support.delivery.requestApproval')}
          </Button>
        )}
        <ChangeError error={ask.error} />
      </Stack>
    </Paper>
  );
}

function RecordDelivery({ caseId, support }: { caseId: string; support: CaseSupport }) {
  const { t } = useTranslation();
  const record = useRecordDelivery(caseId);
  const [regime, setRegime] = useState<string | null>(null);
  const [planId, setPlanId] = useState<string | null>(null);
  const [correctsId, setCorrectsId] = useState<string | null>(null);
  const [deliveredOn, setDeliveredOn] = useState<string | null>(todayInVietNam());
  const [quantity, setQuantity] = useState('1');
  const [amount, setAmount] = useState('');
  const [note, setNote] = useState('');
  const fields = useFieldErrors(record.error);
  const typedAmount = parseDong(amount);
  useLeaveGuard(amount !== '' || note.trim() !== '');
  const plans = support.plans.filter((plan) => plan.status !== 'closed');
  // Approved money is never edited: a correction is a new entry naming the one it replaces.
  const correctable = support.deliveries.filter(
    (delivery) => delivery.status === 'approved' && delivery.correctedBy === null,
  );
  const chooseCorrected = (id: string | null) => {
    setCorrectsId(id);
    const original = support.deliveries.find((delivery) => delivery.id === id);
    if (original) setRegime(original.regime);
  };
  const typeLabel = useVocabularyLabels('support-plan-type');

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      regime: regime ? undefined : required,
      deliveredOn: deliveredOn ? undefined : required,
    });
    if (!ok || !regime || !deliveredOn) return;
    record.mutate(
      {
        regime,
        deliveredOn,
        quantity: Math.max(1, parseDong(quantity) ?? 1),
        ...(planId ? { planId } : {}),
        ...(correctsId ? { correctsId } : {}),
        ...(typedAmount !== null ? { amountVnd: typedAmount } : {}),
        ...(note.trim() ? { note: note.trim() } : {}),
      },
      {
        onSuccess: () => {
          setAmount('');
          setNote('');
          setCorrectsId(null);
        },
      },
    );
  };

  return (
    <PartForm title={t('support.delivery.new')} onSubmit={submit}>
      {correctable.length > 0 && (
        <Select
          label={t('support.delivery.correctsField')}
          description={correctsId ? t('support.delivery.correctsHint') : undefined}
          placeholder={t('support.delivery.notCorrection')}
          data={correctable.map((delivery) => ({
            value: delivery.id,
            label: `${formatDayMonthYear(delivery.deliveredOn)} · ${formatVnd(delivery.amountVnd ?? 0, currentLocale())}`,
          }))}
          value={correctsId}
          onChange={chooseCorrected}
          clearable
          error={fields.errorOf('correctsId')}
          classNames={{ input: shared.input }}
        />
      )}
      <VocabularySelect
        vocabulary="vn-support-regime"
        label={t('support.delivery.regime')}
        value={regime}
        onChange={setRegime}
        error={fields.errorOf('regime')}
        required
        testId="delivery-regime"
      />
      {plans.length > 0 && (
        <Select
          label={t('support.delivery.plan')}
          placeholder={t('support.delivery.noPlan')}
          data={plans.map((plan) => ({ value: plan.id, label: typeLabel(plan.planType) }))}
          value={planId}
          onChange={setPlanId}
          clearable
          error={fields.errorOf('planId')}
          classNames={{ input: shared.input }}
        />
      )}
      <Group gap="md" align="flex-start">
        <DayInput
          label={t('support.delivery.deliveredOn')}
          value={deliveredOn}
          onChange={setDeliveredOn}
          error={fields.errorOf('deliveredOn')}
          required
          testId="delivery-date"
        />
        <TextInput
          label={t('support.delivery.quantity')}
          value={quantity}
          onChange={(event) => setQuantity(event.currentTarget.value)}
          inputMode="numeric"
          error={fields.errorOf('quantity')}
          w={120}
          classNames={{ input: shared.input }}
        />
      </Group>
      <TextInput
        label={t('support.delivery.amount')}
        description={
          typedAmount !== null
            ? formatVnd(typedAmount, currentLocale())
            : regime && monetaryRegimes.includes(regime)
              ? t('support.delivery.amountHint')
              : undefined
        }
        value={amount}
        onChange={(event) => setAmount(event.currentTarget.value)}
        inputMode="numeric"
        error={fields.errorOf('amountVnd')}
        maw={260}
        dir="ltr"
        classNames={{ input: shared.input }}
        data-testid="delivery-amount"
      />
      <Textarea
        label={t('support.delivery.note')}
        value={note}
        onChange={(event) => setNote(event.currentTarget.value)}
        autosize
        minRows={2}
        maxLength={2000}
        dir="auto"
        error={fields.errorOf('note')}
      />
      <PartFormFooter
        error={record.error}
        done={record.isSuccess && t('support.delivery.recorded')}
        submitLabel={t('support.delivery.record')}
        pending={record.isPending}
      />
    </PartForm>
  );
}
