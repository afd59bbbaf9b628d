import { Alert, Button, Group, Paper, Stack, Title } from '@mantine/core';
import { type ReactNode, useId } from 'react';
import { useTranslation } from 'react-i18next';
import { ChangeError } from './PartStatus';

/**
 * A small form inside one part of a case (add a note, a task, a consent; share; upload), on its own card and
 * named by its heading. `noValidate`: the form's own checks speak beside each field in the reader's language.
 */
export function PartForm({
  title,
  onSubmit,
  gap = 'sm',
  children,
}: {
  title: string;
  onSubmit: () => void;
  gap?: 'sm' | 'md';
  children: ReactNode;
}) {
  const titleId = useId();
  return (
    <Paper
      withBorder
      p="md"
      component="form"
      noValidate
      aria-labelledby={titleId}
      onSubmit={(event) => {
        event.preventDefault();
        onSubmit();
      }}
    >
      <Stack gap={gap}>
        <Title order={2} size="h4" id={titleId}>
          {title}
        </Title>
        {children}
      </Stack>
    </Paper>
  );
}

/**
 * The end of a part's form: what went wrong (everything typed stays), word that it worked, and the buttons,
 * 44 px high for a thumb; Cancel only where the form can be closed.
 */
export function PartFormFooter({
  error,
  done,
  submitLabel,
  pending,
  disabled,
  onCancel,
}: {
  error: Error | null;
  done?: string | false | null;
  submitLabel: string;
  pending: boolean;
  disabled?: boolean;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <ChangeError error={error} />
      {done && (
        <Alert color="teal" role="status">
          {done}
        </Alert>
      )}
      <Group gap="sm">
        <Button type="submit" h={44} loading={pending} disabled={disabled}>
          {submitLabel}
        </Button>
        {onCancel && (
          <Button variant="default" h={44} onClick={onCancel}>
            {t('common.cancel')}
          </Button>
        )}
      </Group>
    </>
  );
}
