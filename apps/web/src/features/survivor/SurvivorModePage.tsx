import { Alert, Button, Group, Modal, PasswordInput, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, useBlocker, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { RequireSession } from '../auth/RequireSession';
import { FeedbackSurvey, type SurveyAnswer } from './FeedbackSurvey';

const route = getRouteApi('/survivor/device');

/**
 * Survivor mode: the worker's signed-in device handed to the person. Full screen in the survivor frame (no
 * menu, no case files); after an answer the survey starts again for the next person. Leaving takes the
 * worker's password (checked by the server, wrong ones limited).
 */
export function SurvivorModePage() {
  return (
    <RequireSession anyOf={['feedback.collect']}>
      <SurvivorMode />
    </RequireSession>
  );
}

function SurvivorMode() {
  const { t } = useTranslation();
  const { service } = route.useSearch();
  const navigate = useNavigate();
  const [round, setRound] = useState(0);
  const [leaving, setLeaving] = useState(false);
  const [password, setPassword] = useState('');
  // Locked: the back button and any link stay here until the worker's password has been accepted.
  const unlocked = useRef(false);
  useBlocker({ shouldBlockFn: () => !unlocked.current, enableBeforeUnload: false });
  const send = useMutation({
    mutationFn: (answer: SurveyAnswer) =>
      api<{ ok: true }>('/api/feedback/responses', {
        method: 'POST',
        body: { serviceType: service, ...answer },
      }),
  });
  const exit = useMutation({
    mutationFn: () =>
      api<{ ok: true }>('/api/feedback/survivor-mode/exit', { method: 'POST', body: { password } }),
    onSuccess: () => {
      unlocked.current = true;
      void navigate({ to: '/feedback' });
    },
  });

  function leave(event: FormEvent) {
    event.preventDefault();
    exit.mutate();
  }
  const exitError =
    exit.error instanceof ApiError
      ? (exit.error.details[0]?.message ?? exit.error.message)
      : exit.error?.message;

  return (
    <Stack gap="lg" mt="md" data-testid="survivor-mode">
      <Title order={1} size="h2">
        {t('feedback.survey.title')}
      </Title>
      {send.isSuccess ? (
        <Stack gap="md">
          <Alert color="green" variant="outline" role="status" data-testid="feedback-thanks">
            <Text>{t('feedback.survey.thanks')}</Text>
          </Alert>
          <Button
            h={48}
            variant="default"
            onClick={() => {
              send.reset();
              setRound((value) => value + 1);
            }}
          >
            {t('feedback.mode.next')}
          </Button>
        </Stack>
      ) : (
        <>
          <Text>{t('feedback.survey.intro')}</Text>
          {send.error && (
            <Alert color="red" variant="outline" role="alert">
              <Text>{send.error.message}</Text>
            </Alert>
          )}
          <FeedbackSurvey key={round} onSubmit={(answer) => send.mutate(answer)} pending={send.isPending} />
        </>
      )}
      <Group justify="flex-end">
        <Button variant="subtle" h={44} onClick={() => setLeaving(true)} data-testid="leave-survivor-mode">
          {t('feedback.mode.exit')}
        </Button>
      </Group>
      <Modal opened={leaving} onClose={() => setLeaving(false)} title={t('feedback.mode.exitTitle')}>
        <form onSubmit={leave}>
          <Stack gap="md">
            <Text size="sm">{t('feedback.mode.exitHelp')}</Text>
            <PasswordInput
              label={t('feedback.mode.password')}
              value={password}
              onChange={(event) => setPassword(event.currentTarget.value)}
              error={exitError}
              autoComplete="current-password"
            />
            <Button type="submit" h={44} loading={exit.isPending}>
              {t('feedback.mode.exitConfirm')}
            </Button>
          </Stack>
        </form>
      </Modal>
    </Stack>
  );
}
