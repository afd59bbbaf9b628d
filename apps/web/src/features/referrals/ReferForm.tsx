import {
  caseReferralKinds,
  type ReferralDetail,
  type ReferralSection,
  type ReferralUrgency,
  referralUrgencies,
  referralWindows,
  todayInVietNam,
} from '@lantern/domain';
import { Alert, Button, Stack, Switch, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { DayInput } from '../cases/DayInput';
import { VocabularyMultiSelect, VocabularySelect } from '../cases/VocabularyField';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { LabelledSegments } from '../shared/LabelledSegments';
import { useFieldErrors } from '../shared/useFieldErrors';
import { type ExternalOrg, ExternalOrgFields, noExternalOrg } from './ExternalOrgFields';
import { completeByFromDay } from './model';
import { useSendReferral } from './queries';
import { RecipientPicker } from './RecipientPicker';
import { useReferralWindows } from './routing-queries';
import { SectionsField } from './SectionsField';

// Mantine's yellow title is below 4.5:1 on its tint; the warning badges' dark text is above it.
const warningTitle = { title: { color: '#4a3000' } };

const MIN_OVERRIDE = 10;
const NO_CONSENT = 'referral.no_consent';

/**
 * Referring the person to another agency's inbox. Without a sharing consent covering the recipient the server
 * refuses; the form then says why and, for a user who may break the glass, offers to go on with a reason.
 */
export function ReferForm({
  caseId,
  opened,
  onClose,
  onSent,
}: {
  caseId: string;
  opened: boolean;
  onClose: () => void;
  onSent: (referral: ReferralDetail) => void;
}) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const send = useSendReferral(caseId);
  const windows = useReferralWindows();
  const [kind, setKind] = useState<(typeof caseReferralKinds)[number]>('services');
  const [agencyId, setAgencyId] = useState<string | null>(null);
  // An organisation outside Lantern instead of an agency's inbox (services only: a case moves only within Lantern).
  const [offSystem, setOffSystem] = useState(false);
  const [external, setExternal] = useState<ExternalOrg>(noExternalOrg);
  const outside = offSystem && kind === 'services';
  const [services, setServices] = useState<string[]>([]);
  const [urgency, setUrgency] = useState<ReferralUrgency>('normal');
  const [reason, setReason] = useState<string | null>(null);
  const [sections, setSections] = useState<ReferralSection[]>([]);
  const [message, setMessage] = useState('');
  const [completeDay, setCompleteDay] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const { errorOf, accept, textField, shownElsewhere } = useFieldErrors(send.error);
  const refusedForConsent = send.error instanceof ApiError && send.error.code === NO_CONSENT;
  const mayOverride = hasPermission(session, 'case.break_glass');
  const today = todayInVietNam();

  const submit = (withOverride: boolean) => {
    const missing = (wrong: boolean, key: string) => (wrong ? t(`referralsWeb.refer.${key}`) : undefined);
    const ok = accept({
      agencyId: missing(!outside && !agencyId, 'agencyRequired'),
      'external.name': missing(outside && external.name.trim().length < 2, 'external.nameRequired'),
      'external.typeCode': missing(outside && !external.typeCode, 'external.typeRequired'),
      services: missing(services.length === 0, 'servicesRequired'),
      reason: missing(!reason, 'reasonRequired'),
      completeBy: missing(completeDay !== null && completeDay < today, 'completeByPast'),
      'consentOverride.reason': missing(
        withOverride && overrideReason.trim().length < MIN_OVERRIDE,
        'overrideTooShort',
      ),
    });
    if (!ok || !reason) return;
    const recipient = outside
      ? {
          external: {
            name: external.name.trim(),
            typeCode: external.typeCode ?? '',
            ...(external.contact.trim() ? { contact: external.contact.trim() } : {}),
          },
        }
      : { agencyId: agencyId ?? '' };
    const completeBy = completeByFromDay(completeDay);
    send.mutate(
      {
        kind,
        ...recipient,
        services,
        urgency,
        reason,
        // A transfer hands the whole case over; the sections are the sender's choice only for services.
        sections: kind === 'transfer' ? [] : sections,
        ...(message.trim() ? { message: message.trim() } : {}),
        ...(completeBy ? { completeBy } : {}),
        ...(withOverride ? { consentOverride: { reason: overrideReason.trim() } } : {}),
      },
      { onSuccess: onSent },
    );
  };

  // The installation's windows (an administrator may change them); the built-in ones until they are read.
  const windowHours = (windows.data?.windows ?? referralWindows)[urgency];
  return (
    <FormModal opened={opened} onClose={onClose} title={t('referralsWeb.refer.title')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit(false);
        }}
      >
        <Stack gap="md">
          <Text>{t('referralsWeb.refer.intro')}</Text>
          <LabelledSegments
            label={t('referralsWeb.refer.kind')}
            value={kind}
            onChange={setKind}
            data={caseReferralKinds.map((value) => ({ value, label: t(`referralsWeb.kind.${value}`) }))}
            size="md"
          />
          <Text size="sm" c="dimmed" mt={-8}>
            {t(`referralsWeb.refer.kindHelp.${kind}`)}
          </Text>
          {kind === 'services' && (
            <Switch
              label={t('referralsWeb.external.toggle')}
              description={t('referralsWeb.external.toggleHelp')}
              checked={offSystem}
              onChange={(event) => setOffSystem(event.currentTarget.checked)}
              data-testid="refer-off-system"
            />
          )}
          {outside ? (
            <ExternalOrgFields value={external} onChange={setExternal} errorOf={errorOf} />
          ) : (
            <RecipientPicker value={agencyId} onChange={setAgencyId} error={errorOf('agencyId')} />
          )}
          <VocabularyMultiSelect
            vocabulary="vn-referral-service"
            label={t('referralsWeb.refer.services')}
            value={services}
            onChange={setServices}
            error={errorOf('services')}
            required
            testId="refer-services"
          />
          <LabelledSegments
            label={t('referralsWeb.refer.urgency')}
            value={urgency}
            onChange={setUrgency}
            data={referralUrgencies.map((value) => ({ value, label: t(`referralsWeb.urgency.${value}`) }))}
            size="md"
          />
          <Text size="sm" c="dimmed" mt={-8}>
            {t('referralsWeb.refer.urgencyHelp', {
              respond: windowHours.respondHours,
              complete: Math.round(windowHours.completeHours / 24),
            })}
          </Text>
          <VocabularySelect
            vocabulary="referral-reason"
            label={t('referralsWeb.refer.reason')}
            value={reason}
            onChange={setReason}
            error={errorOf('reason')}
            required
            testId="refer-reason"
          />
          {kind === 'services' && <SectionsField value={sections} onChange={setSections} />}
          <Textarea
            label={t('referralsWeb.refer.message')}
            description={t('referralsWeb.refer.messageHelp')}
            autosize
            minRows={3}
            maxLength={2000}
            {...textField('message', message, setMessage)}
          />
          <DayInput
            label={t('referralsWeb.refer.completeBy')}
            description={t('referralsWeb.refer.completeByHelp')}
            value={completeDay}
            onChange={setCompleteDay}
            error={errorOf('completeBy')}
          />
          {refusedForConsent && (
            <Alert
              color="yellow"
              role="alert"
              title={t('referralsWeb.refer.noConsentTitle')}
              styles={warningTitle}
            >
              <Stack gap="sm">
                <Text size="sm">{t('referralsWeb.refer.noConsent')}</Text>
                {mayOverride ? (
                  <>
                    <Text size="sm">{t('referralsWeb.refer.overrideOffer')}</Text>
                    <Textarea
                      label={t('referralsWeb.refer.overrideReason')}
                      description={t('referralsWeb.refer.overrideHelp', { minimum: MIN_OVERRIDE })}
                      autosize
                      minRows={2}
                      maxLength={1000}
                      required
                      {...textField('consentOverride.reason', overrideReason, setOverrideReason)}
                    />
                    <Button
                      color="red"
                      variant="outline"
                      h={44}
                      w="fit-content"
                      loading={send.isPending}
                      onClick={() => submit(true)}
                      data-testid="refer-override"
                    >
                      {t('referralsWeb.refer.overrideSend')}
                    </Button>
                  </>
                ) : (
                  <Text size="sm">{t('referralsWeb.refer.askSupervisor')}</Text>
                )}
              </Stack>
            </Alert>
          )}
          <ServerErrorAlert error={send.error} shownElsewhere={[...shownElsewhere, NO_CONSENT]} />
          <FormActions
            submitLabel={t('referralsWeb.refer.send')}
            pending={send.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </FormModal>
  );
}
