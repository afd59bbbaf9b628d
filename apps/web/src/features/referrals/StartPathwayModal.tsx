import { type CasePathway, directionOf, type Pathway, type ReferralSection } from '@lantern/domain';
import { Alert, Fieldset, Radio, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { currentLocale } from '../../lib/i18n';
import { agencyTypeLabel } from '../admin/labels';
import { PartStatus } from '../cases/PartStatus';
import { ErrorAlert, ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { EmptyState } from '../shared/ListStates';
import { useFieldErrors } from '../shared/useFieldErrors';
import { ConsentOverrideOffer, MIN_OVERRIDE_REASON } from './ConsentOverrideOffer';
import { nameIn, withinText } from './pathway-model';
import { usePathways, useStartPathway } from './pathway-queries';
import { RecipientPicker } from './RecipientPicker';
import { SectionsField } from './SectionsField';

const NO_CONSENT = 'referral.no_consent';
// Mantine's yellow title is below 4.5:1 on its tint; the warning badges' dark text is above it.
const warningTitle = { title: { color: '#4a3000' } };
const legendStyles = { legend: { fontWeight: 600, marginBottom: 4 } };

interface StartPathwayProps {
  caseId: string;
  /** The case's province: each step's agencies are first looked for there. */
  provinceCode: string;
  opened: boolean;
  onClose: () => void;
  onStarted: (run: CasePathway) => void;
}

/** Starting a coordination pathway: one agency for each step, what they may see, and a word to all of them. */
export function StartPathwayModal({ opened, onClose, ...props }: StartPathwayProps) {
  const { t } = useTranslation();
  return (
    <FormModal opened={opened} onClose={onClose} title={t('referralsWeb.pathways.start.title')} size="lg">
      {opened && <StartPathwayForm onClose={onClose} {...props} />}
    </FormModal>
  );
}

function StartPathwayForm({ caseId, provinceCode, onClose, onStarted }: Omit<StartPathwayProps, 'opened'>) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const pathways = usePathways();
  const start = useStartPathway(caseId);
  const [pathwayId, setPathwayId] = useState<string | null>(null);
  const [agencyIds, setAgencyIds] = useState<(string | null)[]>([]);
  const [sections, setSections] = useState<ReferralSection[]>([]);
  const [message, setMessage] = useState('');
  const [overrideReason, setOverrideReason] = useState('');
  const { errorOf, accept, textField, shownElsewhere } = useFieldErrors(start.error);
  const active = (pathways.data ?? []).filter((pathway) => pathway.active);
  const pathway = active.find((entry) => entry.id === pathwayId);
  const refusedForConsent = start.error instanceof ApiError && start.error.code === NO_CONSENT;
  // The arrow between the steps points the way the reader reads.
  const then = directionOf(locale) === 'rtl' ? ' ← ' : ' → ';

  const choose = (id: string) => {
    const next = active.find((entry) => entry.id === id);
    setPathwayId(id);
    setAgencyIds(next ? next.steps.map(() => null) : []);
    start.reset();
    accept({});
  };

  const submit = (withOverride = false) => {
    const problems: Record<string, string | undefined> = {
      pathwayId: pathway ? undefined : t('referralsWeb.pathways.start.pathwayRequired'),
      'consentOverride.reason':
        withOverride && overrideReason.trim().length < MIN_OVERRIDE_REASON
          ? t('referralsWeb.refer.overrideTooShort')
          : undefined,
    };
    agencyIds.forEach((id, step) => {
      if (!id) problems[`agencyIds.${step}`] = t('referralsWeb.pathways.start.agencyRequired');
    });
    if (!accept(problems) || !pathway) return;
    start.mutate(
      {
        pathwayId: pathway.id,
        agencyIds: agencyIds as string[],
        sections,
        ...(message.trim() ? { message: message.trim() } : {}),
        ...(withOverride ? { consentOverride: { reason: overrideReason.trim() } } : {}),
      },
      { onSuccess: onStarted },
    );
  };

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault();
        submit();
      }}
    >
      <Stack gap="md">
        <Text>{t('referralsWeb.pathways.start.intro')}</Text>
        <PartStatus query={pathways}>
          {pathways.data && active.length === 0 ? (
            <EmptyState>{t('referralsWeb.pathways.start.none')}</EmptyState>
          ) : (
            <Radio.Group
              label={t('referralsWeb.pathways.start.pathway')}
              value={pathwayId}
              onChange={choose}
              error={errorOf('pathwayId')}
              required
            >
              <Stack gap="sm" mt="xs">
                {active.map((entry) => (
                  <Radio
                    key={entry.id}
                    value={entry.id}
                    label={nameIn(entry.names, locale)}
                    description={entry.steps.map((step) => nameIn(step.names, locale)).join(then)}
                    data-testid="pathway-choice"
                  />
                ))}
              </Stack>
            </Radio.Group>
          )}
        </PartStatus>
        {pathway && (
          <StepPickers
            pathway={pathway}
            provinceCode={provinceCode}
            agencyIds={agencyIds}
            onChange={setAgencyIds}
            errorOf={errorOf}
          />
        )}
        <ErrorAlert message={errorOf('agencyIds')} />
        {refusedForConsent && (
          <Alert
            color="yellow"
            role="alert"
            title={t('referralsWeb.refer.noConsentTitle')}
            styles={warningTitle}
          >
            <Stack gap="sm">
              <Text size="sm">{t('referralsWeb.pathways.start.noConsent')}</Text>
              <ConsentOverrideOffer
                offer={t('referralRouting.pathwayOverride.offer')}
                reasonLabel={t('referralRouting.pathwayOverride.reason')}
                submitLabel={t('referralRouting.pathwayOverride.start')}
                reasonField={textField('consentOverride.reason', overrideReason, setOverrideReason)}
                pending={start.isPending}
                onOverride={() => submit(true)}
                testId="pathway-override"
              />
            </Stack>
          </Alert>
        )}
        {pathway && (
          <>
            <SectionsField value={sections} onChange={setSections} />
            <Textarea
              label={t('referralsWeb.refer.message')}
              description={t('referralsWeb.pathways.start.messageHelp')}
              autosize
              minRows={3}
              maxLength={2000}
              {...textField('message', message, setMessage)}
            />
          </>
        )}
        <ServerErrorAlert error={start.error} shownElsewhere={[...shownElsewhere, NO_CONSENT]} />
        <FormActions
          submitLabel={t('referralsWeb.pathways.start.submit')}
          pending={start.isPending}
          onCancel={onClose}
          disabled={!pathway}
        />
      </Stack>
    </form>
  );
}

/** One agency picker per step, in order, each offering only agencies of the step's kind. */
function StepPickers({
  pathway,
  provinceCode,
  agencyIds,
  onChange,
  errorOf,
}: {
  pathway: Pathway;
  provinceCode: string;
  agencyIds: (string | null)[];
  onChange: (ids: (string | null)[]) => void;
  errorOf: (field: string) => string | undefined;
}) {
  const { t } = useTranslation();
  const locale = currentLocale();
  return (
    <Stack gap="md" component="ol" p={0} m={0} style={{ listStyle: 'none' }}>
      {pathway.steps.map((step, index) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: a template's steps have no id; their order is their identity
        <li key={`${pathway.id}-${index}`}>
          <Fieldset
            legend={t('referralsWeb.pathways.stepTitle', {
              number: index + 1,
              name: nameIn(step.names, locale),
            })}
            styles={legendStyles}
            data-testid="pathway-step-picker"
          >
            <Stack gap="xs">
              <Text size="sm" c="dimmed">
                {[
                  agencyTypeLabel(t, step.agencyType),
                  t(`referralsWeb.urgency.${step.urgency}`),
                  withinText(t, step.completeHours),
                ].join(' · ')}
              </Text>
              <RecipientPicker
                value={agencyIds[index] ?? null}
                onChange={(id) => onChange(agencyIds.map((old, at) => (at === index ? id : old)))}
                error={errorOf(`agencyIds.${index}`)}
                agencyType={step.agencyType}
                initialProvince={provinceCode}
                label={t('referralsWeb.pathways.start.agency', { number: index + 1 })}
                testId={`pathway-agency-${index}`}
              />
            </Stack>
          </Fieldset>
        </li>
      ))}
    </Stack>
  );
}
