import { Button, Checkbox, NativeSelect, Stack, Text, Textarea } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useScreeningRecipient, useSendScreening } from './queries';
import { RecipientPicker } from './RecipientPicker';

/**
 * Sends an anonymous screening to the agency that must act on it: the province's competent agency is proposed,
 * another may be picked from the directory; the person's consent to pass it on is asked for and recorded.
 */
export function SendScreeningModal({
  screeningId,
  opened,
  onClose,
  onSent,
}: {
  screeningId: string;
  opened: boolean;
  onClose: () => void;
  onSent: (agencyName: string) => void;
}) {
  const { t } = useTranslation();
  const proposed = useScreeningRecipient(screeningId, opened);
  const send = useSendScreening(screeningId);
  const [choosing, setChoosing] = useState(false);
  const [agencyId, setAgencyId] = useState<string | null>(null);
  const [consented, setConsented] = useState(false);
  const [givenBy, setGivenBy] = useState<'person' | 'guardian'>('person');
  const [method, setMethod] = useState<'verbal' | 'written'>('verbal');
  const [message, setMessage] = useState('');
  const { errorOf, accept } = useFieldErrors(send.error);
  const defaultAgency = proposed.data?.agency ?? null;

  const submit = () => {
    const chosen = choosing ? agencyId : (defaultAgency?.id ?? null);
    const ok = accept({
      agencyId: chosen ? undefined : t('handoffWeb.send.agencyRequired'),
      consent: consented ? undefined : t('handoffWeb.send.consentRequired'),
    });
    if (!ok || !chosen) return;
    send.mutate(
      {
        agencyId: chosen,
        consent: { givenBy, method, at: new Date().toISOString() },
        ...(message.trim() ? { message: message.trim() } : {}),
      },
      { onSuccess: (detail) => onSent(detail.to.name) },
    );
  };

  return (
    <FormModal opened={opened} onClose={onClose} title={t('handoffWeb.send.title')} size="lg">
      <form
        noValidate
        onSubmit={(event) => {
          event.preventDefault();
          submit();
        }}
      >
        <Stack gap="md">
          <Text>{t('handoffWeb.send.intro')}</Text>
          {!choosing && (
            <Stack gap={4}>
              <Text fw={600} data-testid="handoff-proposed">
                {defaultAgency
                  ? t('handoffWeb.send.proposed', { agency: defaultAgency.name })
                  : proposed.isPending
                    ? t('handoffWeb.send.finding')
                    : t('handoffWeb.send.noneProposed')}
              </Text>
              {errorOf('agencyId') && (
                <Text c="red" size="sm">
                  {errorOf('agencyId')}
                </Text>
              )}
              <Button variant="subtle" h={44} w="fit-content" onClick={() => setChoosing(true)}>
                {t('handoffWeb.send.chooseOther')}
              </Button>
            </Stack>
          )}
          {choosing && (
            <RecipientPicker
              value={agencyId}
              onChange={setAgencyId}
              error={errorOf('agencyId')}
              testId="handoff-agency"
            />
          )}
          <NativeSelect
            label={t('handoffWeb.send.givenBy')}
            value={givenBy}
            onChange={(event) => setGivenBy(event.currentTarget.value as 'person' | 'guardian')}
            data={[
              { value: 'person', label: t('handoffWeb.send.givenByPerson') },
              { value: 'guardian', label: t('handoffWeb.send.givenByGuardian') },
            ]}
          />
          <NativeSelect
            label={t('handoffWeb.send.method')}
            value={method}
            onChange={(event) => setMethod(event.currentTarget.value as 'verbal' | 'written')}
            data={[
              { value: 'verbal', label: t('handoffWeb.send.methodVerbal') },
              { value: 'written', label: t('handoffWeb.send.methodWritten') },
            ]}
          />
          <Checkbox
            label={t('handoffWeb.send.consent')}
            checked={consented}
            onChange={(event) => setConsented(event.currentTarget.checked)}
            error={errorOf('consent')}
            data-testid="handoff-consent"
          />
          <Textarea
            label={t('handoffWeb.send.message')}
            autosize
            minRows={2}
            value={message}
            onChange={(event) => setMessage(event.currentTarget.value)}
          />
          <ServerErrorAlert error={send.error} shownElsewhere={['agencyId', 'consent']} />
          <FormActions
            submitLabel={t('handoffWeb.send.submit')}
            pending={send.isPending}
            onCancel={onClose}
          />
        </Stack>
      </form>
    </FormModal>
  );
}
