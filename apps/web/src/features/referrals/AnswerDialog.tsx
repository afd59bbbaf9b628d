import type { Referral } from '@lantern/domain';
import { Stack, Text, Textarea } from '@mantine/core';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VocabularySelect } from '../cases/VocabularyField';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormActions } from '../shared/FormActions';
import { FormModal } from '../shared/FormModal';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useReferralStep } from './queries';

/** The steps that ask for words: a decline needs its reason, a completion its outcome, a revocation may say why. */
export type WordedStep = 'decline' | 'complete' | 'revoke';

const codeFields: Record<WordedStep, { field: 'reason' | 'outcome'; vocabulary: string } | null> = {
  decline: { field: 'reason', vocabulary: 'vn-referral-decline-reason' },
  complete: { field: 'outcome', vocabulary: 'vn-service-outcome' },
  revoke: null,
};

/**
 * A small form for one step on a referral. What was typed stays when the server refuses; when another user
 * answered first, the server's words say so and the referral behind the dialog is read again.
 */
export function AnswerDialog({
  referral,
  step,
  onClose,
  onDone,
}: {
  referral: Pick<Referral, 'id' | 'caseId' | 'caseCode' | 'from' | 'to'>;
  step: WordedStep | null;
  onClose: () => void;
  onDone?: () => void;
}) {
  const { t } = useTranslation();
  const mutation = useReferralStep(referral);
  const [code, setCode] = useState<string | null>(null);
  const [note, setNote] = useState('');
  const { errorOf, accept, textField, shownElsewhere } = useFieldErrors(mutation.error);
  const coded = step ? codeFields[step] : null;

  // A new step starts empty (accept and reset are the same functions on every render).
  useEffect(() => {
    if (step) {
      setCode(null);
      setNote('');
      accept({});
      mutation.reset();
    }
  }, [step, accept, mutation.reset]);

  const submit = () => {
    if (!step) return;
    const missing = coded && !code ? t(`referralsWeb.answer.${coded.field}Required`) : undefined;
    if (!accept(coded ? { [coded.field]: missing } : {})) return;
    const words = note.trim() ? { note: note.trim() } : {};
    const body =
      step === 'decline'
        ? { action: step, reason: code ?? '', ...words }
        : step === 'complete'
          ? { action: step, outcome: code ?? '', ...words }
          : { action: step, ...words };
    mutation.mutate(body, {
      onSuccess: () => {
        onClose();
        onDone?.();
      },
    });
  };

  return (
    <FormModal
      opened={step !== null}
      onClose={onClose}
      title={step ? t(`referralsWeb.answer.${step}.title`) : ''}
    >
      {step && (
        <form
          noValidate
          onSubmit={(event) => {
            event.preventDefault();
            submit();
          }}
        >
          <Stack gap="md">
            <Text>
              {t(`referralsWeb.answer.${step}.intro`, {
                code: referral.caseCode,
                from: referral.from.name,
                to: referral.to.name,
              })}
            </Text>
            {coded && (
              <VocabularySelect
                vocabulary={coded.vocabulary}
                label={t(`referralsWeb.answer.${coded.field}`)}
                value={code}
                onChange={setCode}
                error={errorOf(coded.field)}
                required
                clearable={false}
                testId={`referral-${coded.field}`}
              />
            )}
            <Textarea
              label={t(`referralsWeb.answer.${step}.note`)}
              description={t('referralsWeb.answer.noteHelp')}
              autosize
              minRows={3}
              maxLength={2000}
              {...textField('note', note, setNote)}
            />
            <ServerErrorAlert error={mutation.error} shownElsewhere={shownElsewhere} />
            <FormActions
              submitLabel={t(`referralsWeb.answer.${step}.submit`)}
              pending={mutation.isPending}
              onCancel={onClose}
            />
          </Stack>
        </form>
      )}
    </FormModal>
  );
}
