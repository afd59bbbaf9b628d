import { Button, Text, Textarea } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';

export const MIN_OVERRIDE_REASON = 10;

/**
 * Under a refusal for want of consent: for a user who may break the glass, the reason and the button to go on
 * anyway (the server seals the reason, audits the override and tells the supervisors); for anyone else, who to ask.
 */
export function ConsentOverrideOffer({
  offer,
  reasonLabel,
  submitLabel,
  reasonField,
  pending,
  onOverride,
  testId,
}: {
  offer: ReactNode;
  reasonLabel: string;
  submitLabel: string;
  /** The reason's value, change handler and error, from the form's `textField('consentOverride.reason', …)`. */
  reasonField: object;
  pending: boolean;
  onOverride: () => void;
  testId?: string;
}) {
  const { t } = useTranslation();
  const session = useActiveSession();
  if (!hasPermission(session, 'case.break_glass'))
    return <Text size="sm">{t('referralsWeb.refer.askSupervisor')}</Text>;
  return (
    <>
      <Text size="sm">{offer}</Text>
      <Textarea
        label={reasonLabel}
        description={t('referralsWeb.refer.overrideHelp', { minimum: MIN_OVERRIDE_REASON })}
        autosize
        minRows={2}
        maxLength={1000}
        required
        {...reasonField}
      />
      <Button
        color="red"
        variant="outline"
        h={44}
        w="fit-content"
        loading={pending}
        onClick={onOverride}
        data-testid={testId}
      >
        {submitLabel}
      </Button>
    </>
  );
}
