import type { CaseSupport, PlanStatus, SupportPlanView } from '@lantern/domain';
import { Button, Group, Paper, Stack, Text, Textarea, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { useVocabularyLabels } from '../cases/labels';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { ChangeError } from '../cases/PartStatus';
import { VocabularyMultiSelect, VocabularySelect } from '../cases/VocabularyField';
import { formatDayMonthYear } from '../reference/dates';
import shared from '../shared/shared.module.css';
import { useFieldErrors } from '../shared/useFieldErrors';
import { type Tone, ToneBadge } from '../shell/ToneBadge';
import { useLeaveGuard } from '../shell/useLeaveGuard';
import { type PlannedServiceDraft, PlannedServices } from './PlannedServices';
import { useCreatePlan, useRequestPlanClosure, useReviewPlan } from './queries';

const statusTone: Record<PlanStatus, Tone> = {
  active: 'info',
  closure_requested: 'warning',
  closed: 'neutral',
};

export function PlanPanel({
  caseId,
  support,
  canChange,
}: {
  caseId: string;
  support: CaseSupport;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  return (
    <Stack gap="sm" component="section" aria-labelledby="support-plans">
      <Title order={2} size="h4" id="support-plans">
        {t('support.plan.title')}
      </Title>
      {support.plans.length === 0 && <Text c="dimmed">{t('support.plan.none')}</Text>}
      <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
        {support.plans.map((plan) => (
          <PlanCard key={plan.id} caseId={caseId} plan={plan} canChange={canChange} />
        ))}
      </Stack>
      {canChange && <NewPlan caseId={caseId} />}
    </Stack>
  );
}

function PlanCard({
  caseId,
  plan,
  canChange,
}: {
  caseId: string;
  plan: SupportPlanView;
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const typeLabel = useVocabularyLabels('support-plan-type');
  const regimeLabel = useVocabularyLabels('vn-support-regime');
  const close = useRequestPlanClosure(caseId);
  const [closing, setClosing] = useState(false);
  const [reason, setReason] = useState('');
  const dates = [
    `${t('support.plan.start')} ${formatDayMonthYear(plan.startOn)}`,
    plan.plannedEndOn && `${t('support.plan.plannedEnd')} ${formatDayMonthYear(plan.plannedEndOn)}`,
    plan.reviewOn && `${t('support.plan.review')} ${formatDayMonthYear(plan.reviewOn)}`,
  ].filter(Boolean);
  return (
    <Paper component="li" withBorder p="md" data-testid="support-plan">
      <Stack gap={6}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600}>{typeLabel(plan.planType)}</Text>
          <ToneBadge tone={statusTone[plan.status]} size="md">
            {t(`support.plan.status.${plan.status}`)}
          </ToneBadge>
        </Group>
        <Text size="sm" dir="auto">
          {plan.objectives ?? t('support.plan.hidden')}
        </Text>
        <Text size="sm" c="dimmed">
          {dates.join(' · ')}
        </Text>
        {plan.services.length > 0 && (
          <Text size="sm">
            {t('support.plan.services')}:{' '}
            {plan.services
              .map((s) => {
                const by = [s.agency?.name, s.referralId && t('support.responsible.referral')].filter(
                  Boolean,
                );
                return by.length ? `${regimeLabel(s.regime)} (${by.join(' · ')})` : regimeLabel(s.regime);
              })
              .join('; ')}
          </Text>
        )}
        {canChange && plan.status === 'active' && <NextReview caseId={caseId} plan={plan} />}
        {canChange && plan.status === 'active' && !closing && (
          <Button variant="default" h={44} w="fit-content" onClick={() => setClosing(true)}>
            {t('support.plan.requestClosure')}
          </Button>
        )}
        {closing && (
          <Stack gap="xs">
            <Textarea
              label={t('support.plan.closureReason')}
              value={reason}
              onChange={(event) => setReason(event.currentTarget.value)}
              autosize
              minRows={2}
              maxLength={1000}
              dir="auto"
            />
            <Group gap="sm">
              <Button
                h={44}
                loading={close.isPending}
                disabled={reason.trim() === ''}
                onClick={() =>
                  close.mutate(
                    { planId: plan.id, reason: reason.trim() },
                    { onSuccess: () => setClosing(false) },
                  )
                }
              >
                {t('support.plan.requestClosure')}
              </Button>
              <Button variant="default" h={44} onClick={() => setClosing(false)}>
                {t('common.cancel')}
              </Button>
            </Group>
          </Stack>
        )}
        <ChangeError error={close.error} />
      </Stack>
    </Paper>
  );
}

/** The next review day, moved at each review of the plan. */
function NextReview({ caseId, plan }: { caseId: string; plan: SupportPlanView }) {
  const { t } = useTranslation();
  const review = useReviewPlan(caseId);
  const [reviewOn, setReviewOn] = useState<string | null>(plan.reviewOn);
  const fields = useFieldErrors(review.error);
  return (
    <Group gap="sm" align="flex-end">
      <DayInput
        label={t('support.plan.nextReview')}
        value={reviewOn}
        onChange={setReviewOn}
        error={fields.errorOf('reviewOn')}
      />
      <Button
        variant="default"
        h={44}
        loading={review.isPending}
        disabled={reviewOn === plan.reviewOn}
        onClick={() => review.mutate({ planId: plan.id, reviewOn })}
      >
        {t('support.plan.saveReview')}
      </Button>
    </Group>
  );
}

function NewPlan({ caseId }: { caseId: string }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const create = useCreatePlan(caseId);
  const [planType, setPlanType] = useState<string | null>(null);
  const [objectives, setObjectives] = useState('');
  const [services, setServices] = useState<PlannedServiceDraft[]>([]);
  // The planned services follow the chosen regimes; each starts as the case's agency's until one is picked.
  const chooseRegimes = (regimes: string[]) =>
    setServices(
      regimes.map(
        (regime) =>
          services.find((s) => s.regime === regime) ?? {
            regime,
            agencyId: session.user.agency.id,
            referralId: null,
          },
      ),
    );
  const [startOn, setStartOn] = useState<string | null>(null);
  const [plannedEndOn, setPlannedEndOn] = useState<string | null>(null);
  const [reviewOn, setReviewOn] = useState<string | null>(null);
  const fields = useFieldErrors(create.error);
  useLeaveGuard(objectives.trim() !== '');

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      planType: planType ? undefined : required,
      objectives: objectives.trim() ? undefined : required,
      startOn: startOn ? undefined : required,
    });
    if (!ok || !planType || !startOn) return;
    create.mutate(
      {
        planType,
        objectives: objectives.trim(),
        services: services.map((s) => ({ regime: s.regime, agencyId: s.agencyId, referralId: s.referralId })),
        startOn,
        ...(plannedEndOn ? { plannedEndOn } : {}),
        ...(reviewOn ? { reviewOn } : {}),
      },
      {
        onSuccess: () => {
          setObjectives('');
          setServices([]);
        },
      },
    );
  };

  return (
    <PartForm title={t('support.plan.new')} onSubmit={submit}>
      <VocabularySelect
        vocabulary="support-plan-type"
        label={t('support.plan.type')}
        value={planType}
        onChange={setPlanType}
        error={fields.errorOf('planType')}
        required
        testId="plan-type"
      />
      <Textarea
        label={t('support.plan.objectives')}
        value={objectives}
        onChange={(event) => setObjectives(event.currentTarget.value)}
        error={fields.errorOf('objectives')}
        autosize
        minRows={2}
        maxLength={5000}
        required
        dir="auto"
        classNames={{ input: shared.input }}
        data-testid="plan-objectives"
      />
      <VocabularyMultiSelect
        vocabulary="vn-support-regime"
        label={t('support.plan.services')}
        value={services.map((s) => s.regime)}
        onChange={chooseRegimes}
        testId="plan-services"
      />
      <PlannedServices caseId={caseId} services={services} onChange={setServices} errorOf={fields.errorOf} />
      <Group gap="md" align="flex-start">
        <DayInput
          label={t('support.plan.start')}
          value={startOn}
          onChange={setStartOn}
          error={fields.errorOf('startOn')}
          required
          testId="plan-start"
        />
        <DayInput
          label={t('support.plan.plannedEnd')}
          value={plannedEndOn}
          onChange={setPlannedEndOn}
          error={fields.errorOf('plannedEndOn')}
        />
        <DayInput
          label={t('support.plan.review')}
          value={reviewOn}
          onChange={setReviewOn}
          error={fields.errorOf('reviewOn')}
        />
      </Group>
      <PartFormFooter
        error={create.error}
        done={create.isSuccess && t('support.plan.created')}
        submitLabel={t('support.plan.create')}
        pending={create.isPending}
      />
    </PartForm>
  );
}
