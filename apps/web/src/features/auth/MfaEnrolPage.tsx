import { Alert, Button, Code, Group, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { continueSignIn, startFreshSession } from '../../lib/session';
import { LoadFailed } from '../shared/LoadFailed';
import { CopyTextButton } from '../shell/CopyTextButton';
import classes from './auth.module.css';
import { groupSecret, isTotpCode, normaliseCode } from './codes';
import { OneTimeCodeInput } from './OneTimeCodeInput';
import { RecoveryCodes } from './RecoveryCodes';
import { ResetNotice } from './ResetNotice';
import { SignOutLink } from './SignOutLink';
import { useStageGuard } from './useStageGuard';

const route = getRouteApi('/mfa/enrol');

interface Enrolment {
  secret: string;
  otpauthUri: string;
  qrSvg: string;
}

export function MfaEnrolPage() {
  const { t } = useTranslation();
  const { next } = route.useSearch();
  const [recoveryCodes, setRecoveryCodes] = useState<string[] | null>(null);
  const session = useStageGuard('mfa_enrolment', next, recoveryCodes !== null);
  const queryClient = useQueryClient();
  const navigate = useNavigate();

  if (recoveryCodes) {
    return (
      <RecoveryCodes
        codes={recoveryCodes}
        onDone={async () => {
          queryClient.removeQueries({ queryKey: ['mfa-enrolment'] });
          const fresh = await startFreshSession(queryClient);
          await continueSignIn(navigate, fresh?.stage ?? 'active', next);
        }}
      />
    );
  }
  if (!session) return <Loader m="xl" role="status" aria-label={t('common.loading')} />;
  return <EnrolmentForm onEnrolled={setRecoveryCodes} />;
}

function EnrolmentForm({ onEnrolled }: { onEnrolled: (codes: string[]) => void }) {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();

  // One secret per visit: the query cache makes the start request once, even when React renders twice.
  const enrolment = useQuery({
    queryKey: ['mfa-enrolment'],
    queryFn: () => api<Enrolment>('/api/auth/mfa/enrolment', { method: 'POST' }),
    staleTime: Number.POSITIVE_INFINITY,
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: (body: { code: string }) =>
      api<{ recoveryCodes: string[] }>('/api/auth/mfa/enrolment/confirm', { method: 'POST', body }),
    onSuccess: (answer) => onEnrolled(answer.recoveryCodes),
  });

  const serverError = confirm.error instanceof ApiError ? confirm.error : undefined;
  const codeError =
    localError ??
    (serverError && (serverError.code === 'auth.invalid_code' || serverError.details.length > 0)
      ? (serverError.fieldError('code') ?? serverError.message)
      : undefined);

  function submit(event: FormEvent) {
    event.preventDefault();
    const value = normaliseCode(code);
    if (!isTotpCode(value)) {
      setLocalError(t('errors.field.invalid_code'));
      return;
    }
    setLocalError(undefined);
    confirm.mutate({ code: value });
  }

  const data = enrolment.data;
  return (
    <Stack maw={520} mx="auto" gap="lg">
      <Title order={1}>{t('mfa.enrol.title')}</Title>
      <ResetNotice />
      <Text>{t('mfa.enrol.intro')}</Text>

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('mfa.enrol.step1Title')}
        </Title>
        <Text>{t('mfa.enrol.step1Text')}</Text>
      </Stack>

      <Stack gap="xs">
        <Title order={2} size="h4">
          {t('mfa.enrol.step2Title')}
        </Title>
        {enrolment.isPending && <Loader role="status" aria-label={t('common.loading')} />}
        {enrolment.isError && (
          <LoadFailed gap="sm" message={enrolment.error.message} onRetry={() => void enrolment.refetch()} />
        )}
        {data && (
          <>
            <Text>{t('mfa.enrol.scanText')}</Text>
            <img
              className={classes.qr}
              src={`data:image/svg+xml;utf8,${encodeURIComponent(data.qrSvg)}`}
              alt={t('mfa.enrol.qrAlt')}
              width={208}
              height={208}
            />
            <Button
              component="a"
              href={data.otpauthUri}
              variant="light"
              hiddenFrom="sm"
              fullWidth
              h="auto"
              py="xs"
              styles={{ label: { whiteSpace: 'normal', textAlign: 'center' } }}
            >
              {t('mfa.enrol.openApp')}
            </Button>
            <Text mt="sm">{t('mfa.enrol.manualText')}</Text>
            <Group gap="sm" align="center">
              <Code className={classes.secret} dir="ltr" data-testid="totp-secret" translate="no">
                {groupSecret(data.secret)}
              </Code>
              <CopyTextButton value={data.secret} label={t('mfa.enrol.copySecret')} size="sm" />
            </Group>
            <Text size="sm" c="dimmed">
              {t('mfa.enrol.manualSettings')}
            </Text>
          </>
        )}
      </Stack>

      <Paper withBorder p="lg" component="form" onSubmit={submit} noValidate>
        <Stack gap="md">
          <Title order={2} size="h4">
            {t('mfa.enrol.step3Title')}
          </Title>
          {serverError && !codeError && (
            <Alert color="red" role="alert">
              {serverError.message}
            </Alert>
          )}
          <OneTimeCodeInput
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={codeError}
            disabled={!data}
          />
          <Button type="submit" loading={confirm.isPending} disabled={!data} fullWidth>
            {t('mfa.enrol.confirm')}
          </Button>
        </Stack>
      </Paper>
      <SignOutLink />
    </Stack>
  );
}
