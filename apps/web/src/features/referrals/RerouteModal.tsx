import type { Referral, ReferralDetail } from '@lantern/domain';
import { Alert, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { useFieldErrors } from '../shared/useFieldErrors';
import { ConsentOverrideOffer, MIN_OVERRIDE_REASON } from './ConsentOverrideOffer';
import { RecipientPicker } from './RecipientPicker';
import { useReroute } from './routing-queries';

const NO_CONSENT = 'referral.no_consent';
// Mantine's yellow title is below 4.5:1 on its tint; the warning badges' dark text is above it.
const warningTitle = { title: { color: '#4a3000' } };

/**
 * Sending a declined or expired referral on to another agency: only the new recipient is chosen, everything
 * else carries over. The consent gate is the sending one, with the same override for those who may break the glass.
 */
export function RerouteModal({
  referral,
  onClose,
  onSent,
}: {
  referral: Pick<Referral, 'id' | 'caseId' | 'caseCode'>;
  onClose: () => void;
  onSent?: (created: ReferralDetail) => void;
}) {
  const { t } = useTranslation();
  const reroute = useReroute(referral);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [overrideReason, setOverrideReason] = useState('');
  const { errorOf, accept, textField, shownElsewhere } = useFieldErrors(reroute.error);
  const refusedForConsent = reroute.error instanceof ApiError && reroute.error.code === NO_CONSENT;

  const submit = (withOverride: boolean) => {
    const ok = accept({
      agencyId: agencyId ? undefined : t('referralsWeb.refer.agencyRequired'),
      'consentOverride.reason':
        withOverride && overrideReason.trim().length < MIN_OVERRIDE_REASON
          ? t('referralsWeb.refer.overrideTooShort')
          : undefined,
    });
    if (!ok || !agencyId) return;
    reroute.mutate(
      { agencyId, ...(withOverride ? { consentOverride: { reason: overrideReason.trim() } } : {}) },
      {
        onSuccess: (created) => {
          onSent?.(created);
          onClose();
        },
      },
    );
  };

  return (
    <FormModal
      opened
      onClose={onClose}
      title={t('referralRouting.reroute.title')}
      size="lg"
      data-testid="reroute-dialog"
    >
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit(false);
        }}
      >
        <Stack gap="md">
          <Text>{t('referralRouting.reroute.intro')}</Text>
          <RecipientPicker
            value={agencyId}
            onChange={setAgencyId}
            error={errorOf('agencyId')}
            testId="reroute-agency"
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
                <ConsentOverrideOffer
                  offer={t('referralsWeb.refer.overrideOffer')}
                  reasonLabel={t('referralsWeb.refer.overrideReason')}
                  submitLabel={t('referralsWeb.refer.overrideSend')}
                  reasonField={textField('consentOverride.reason', overrideReason, setOverrideReason)}
                  pending={reroute.isPending}
                  onOverride={() => submit(true)}
                  testId="reroute-override"
                />
              </Stack>
            </Alert>
          )}
          <ServerErrorAlert error={reroute.error} shownElsewhere={[...shownElsewhere, NO_CONSENT]} />
          <FormActions
            submitLabel={t('referralRouting.reroute.submit')}
            pending={reroute.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </FormModal>
  );
}
