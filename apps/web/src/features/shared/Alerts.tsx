import { Alert, List, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError } from '../../lib/api';

/** A failure in words, announced at once (role="alert"); nothing when there is none. */
export function ErrorAlert({ message, testId }: { message: ReactNode | undefined; testId?: string }) {
  if (!message) return null;
  return (
    <Alert color="red" role="alert" data-testid={testId}>
      {message}
    </Alert>
  );
}

/**
 * The server's refusal that belongs to no field (field errors stand under their fields). `shownElsewhere`
 * lists error codes the form already shows beside a field, so they are not said twice.
 */
export function ServerErrorAlert({
  error,
  shownElsewhere = [],
  testId,
}: {
  error: unknown;
  shownElsewhere?: readonly string[];
  testId?: string;
}) {
  const general =
    error instanceof ApiError && error.details.length === 0 && !shownElsewhere.includes(error.code);
  return <ErrorAlert message={general ? error.message : undefined} testId={testId} />;
}

/** Word that something was done, announced politely (role="status"), which the reader may close. */
export function DoneNotice({ children, onClose }: { children: ReactNode; onClose: () => void }) {
  const { t } = useTranslation();
  return (
    <Alert color="teal" role="status" withCloseButton onClose={onClose} closeButtonLabel={t('common.close')}>
      {children}
    </Alert>
  );
}

/**
 * The server refused what a flow sent (a registration, a screening): its words, the points it named, and
 * whatever the flow adds (that everything typed is kept). The flow words each point in its own way.
 */
export function RefusalAlert({
  title,
  refusal,
  points,
  children,
}: {
  title: string;
  refusal: ApiError;
  points: readonly { key: string; text: ReactNode }[];
  children?: ReactNode;
}) {
  return (
    <Alert color="red" role="alert" title={title}>
      <Text>{refusal.message}</Text>
      {points.length > 0 && (
        <List size="sm" mt="xs">
          {points.map((point) => (
            <List.Item key={point.key}>{point.text}</List.Item>
          ))}
        </List>
      )}
      {children}
    </Alert>
  );
}
