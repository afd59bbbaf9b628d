import { Button, Loader, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api, rememberCsrfToken } from '../../lib/api';
import { continueSignIn, startFreshSession } from '../../lib/session';
import { ErrorAlert } from '../shared/Alerts';
import { FormCard } from '../shared/FormCard';
import { CodeTextInput } from './CodeTextInput';
import { isRecoveryCode, isTotpCode, normaliseCode, normaliseRecoveryCode } from './codes';
import { OneTimeCodeInput } from './OneTimeCodeInput';
import { SignOutLink } from './SignOutLink';
import { useStageGuard } from './useStageGuard';

const route = getRouteApi('/mfa/verify');

type Method = 'code' | 'recoveryCode';

export function MfaVerifyPage() {
  const { t, i18n } = useTranslation();
  const { next } = route.useSearch();
  const [done, setDone] = useState(false);
  const session = useStageGuard('mfa_required', next, done);
  const queryClient = useQueryClient();
  const navigate = useNavigate();
  const [method, setMethod] = useState<Method>('code');
  // Both fields keep what was typed when switching between them.
  const [code, setCode] = useState('');
  const [recoveryCode, setRecoveryCode] = useState('');
  const [localError, setLocalError] = useState<string | undefined>();
  const input = useRef<HTMLInputElement>(null);
  const switched = useRef(false);

  const verify = useMutation({
    mutationFn: async (body: { code: string } | { recoveryCode: string }) => {
      const answer = await api<{ stage: 'active'; csrfToken: string }>('/api/auth/mfa/verify', {
        method: 'POST',
        body,
      });
      rememberCsrfToken(answer.csrfToken);
      setDone(true);
      const fresh = await startFreshSession(queryClient);
      return fresh?.stage ?? answer.stage;
    },
    onSuccess: (stage) => void continueSignIn(navigate, stage, next),
  });
  const { reset } = verify;

  useEffect(() => {
    void i18n.language;
    setLocalError(undefined);
    reset();
  }, [i18n.language, reset]);

  // After switching between app code and recovery code, the keyboard lands in the new field.
  useEffect(() => {
    void method;
    if (switched.current) input.current?.focus();
  }, [method]);

  if (!session && !done) return <Loader m="xl" role="status" aria-label={t('common.loading')} />;

  const serverError = verify.error instanceof ApiError ? verify.error : undefined;
  const belongsToField = serverError?.code === 'auth.invalid_code' || (serverError?.details.length ?? 0) > 0;
  const fieldError =
    localError ?? (belongsToField ? (serverError?.details[0]?.message ?? serverError?.message) : undefined);

  function switchMethod(to: Method) {
    switched.current = true;
    setMethod(to);
    setLocalError(undefined);
    reset();
  }

  function submit(event: FormEvent) {
    event.preventDefault();
    if (method === 'code') {
      const value = normaliseCode(code);
      if (!isTotpCode(value)) return setLocalError(t('errors.field.invalid_code'));
      setLocalError(undefined);
      verify.mutate({ code: value });
    } else {
      const value = normaliseRecoveryCode(recoveryCode);
      if (!isRecoveryCode(value)) return setLocalError(t('mfa.verify.invalidRecoveryFormat'));
      setLocalError(undefined);
      verify.mutate({ recoveryCode: value });
    }
  }

  return (
    <Stack maw={420} mx="auto" mt="xl" gap="lg">
      <Title order={1}>{t('mfa.verify.title')}</Title>
      <Text>{method === 'code' ? t('mfa.verify.intro') : t('mfa.verify.recoveryIntro')}</Text>
      <FormCard onSubmit={submit}>
        <ErrorAlert message={!belongsToField && serverError?.message} />
        {method === 'code' ? (
          <OneTimeCodeInput
            key="code"
            ref={input}
            value={code}
            onChange={(event) => setCode(event.currentTarget.value)}
            error={fieldError}
          />
        ) : (
          <CodeTextInput
            key="recoveryCode"
            ref={input}
            label={t('mfa.verify.recoveryLabel')}
            description={t('mfa.verify.recoveryHelp')}
            name="recoveryCode"
            autoComplete="off"
            value={recoveryCode}
            onChange={(event) => setRecoveryCode(event.currentTarget.value)}
            error={fieldError}
            dir="ltr"
          />
        )}
        <Button type="submit" loading={verify.isPending} fullWidth>
          {t('mfa.verify.submit')}
        </Button>
        <Button variant="subtle" onClick={() => switchMethod(method === 'code' ? 'recoveryCode' : 'code')}>
          {method === 'code' ? t('mfa.verify.useRecovery') : t('mfa.verify.useApp')}
        </Button>
      </FormCard>
      <Text size="sm" c="dimmed">
        {t('mfa.verify.lostPhone')}
      </Text>
      <SignOutLink />
    </Stack>
  );
}
