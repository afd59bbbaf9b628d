import { Button, Group } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Cancel (when the form can be left) and the submit button, at the end of a form, in one order everywhere. */
export function FormActions({
  submitLabel,
  pending,
  onCancel,
  disabled,
  justify = 'flex-end',
}: {
  submitLabel: string;
  pending: boolean;
  onCancel?: () => void;
  disabled?: boolean;
  justify?: 'flex-end' | 'flex-start';
}) {
  const { t } = useTranslation();
  return (
    <Group justify={justify} gap="sm">
      {onCancel && (
        <Button variant="default" onClick={onCancel}>
          {t('common.cancel')}
        </Button>
      )}
      <Button type="submit" loading={pending} disabled={disabled}>
        {submitLabel}
      </Button>
    </Group>
  );
}
