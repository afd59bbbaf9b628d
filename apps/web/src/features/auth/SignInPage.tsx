import { signInRequestSchema } from '@lantern/domain';
import { Alert, Button, Stack, Text, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useEffect, useLayoutEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, rememberCsrfToken } from '../../lib/api';
import { continueSignIn, startFreshSession, useInstance, useSession } from '../../lib/session';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormCard } from '../shared/FormCard';
import { useFieldErrors } from '../shared/useFieldErrors';
import { CodeTextInput } from './CodeTextInput';
import { PasswordField } from './PasswordField';
import { takeOverSignInShell } from './sign-in-shell';

const route = getRouteApi('/sign-in');

interface SignInAnswer {
  stage: 'mfa_required' | 'mfa_enrolment' | 'active';
  csrfToken: string;
}

export function SignInPage() {
  const { t, i18n } = useTranslation();
  const { next, notice } = route.useSearch();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const session = useSession();
  const instance = useInstance();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const usernameRef = useRef<HTMLInputElement>(null);

  // Opened directly, the page came with this form pre-rendered (sign-in-shell-html.ts), usable before the
  // app's code arrived: what was typed there, and the focus, carry over before this form is first painted.
  useLayoutEffect(() => {
    const typed = takeOverSignInShell();
    if (!typed) return;
    setUsername(typed.username);
    setPassword(typed.password);
    const username = usernameRef.current;
    const field = typed.focused === 'password' ? username?.form?.elements.namedItem('password') : username;
    if (typed.focused && field instanceof HTMLInputElement) field.focus();
  }, []);

  const signIn = useMutation({
    mutationFn: async (body: { username: string; password: string }) => {
      const answer = await api<SignInAnswer>('/api/auth/sign-in', { method: 'POST', body });
      rememberCsrfToken(answer.csrfToken);
      await startFreshSession(queryClient);
      return answer;
    },
    onSuccess: (answer) => {
      setPassword('');
      void continueSignIn(navigate, answer.stage, next);
    },
  });
  const { reset } = signIn;
  const { accept, textField } = useFieldErrors(signIn.error);

  // Messages are in the language they were produced in; a language switch clears them rather than mixing languages.
  useEffect(() => {
    void i18n.language;
    accept({});
    reset();
  }, [i18n.language, reset, accept]);

  // Someone already signed in (a bookmarked sign-in page) continues where their session stands.
  const current = session.data;
  useEffect(() => {
    if (!current || signIn.isPending || signIn.isSuccess) return;
    void continueSignIn(navigate, current.stage, next, true);
  }, [current, navigate, next, signIn.isPending, signIn.isSuccess]);

  function submit(event: FormEvent) {
    event.preventDefault();
    const parsed = signInRequestSchema.safeParse({ username, password });
    if (!parsed.success) {
      const errors: Record<string, string> = {};
      for (const issue of parsed.error.issues) errors[String(issue.path[0])] = t('errors.field.required');
      accept(errors);
      return;
    }
    accept({});
    signIn.mutate(parsed.data);
  }

  return (
    <Stack maw={420} mx="auto" mt="xl">
      <Title order={1}>{t('signIn.title')}</Title>
      {notice && !signIn.isError && (
        <Alert
          color={notice === 'session_ended' ? 'orange' : 'teal'}
          role="status"
          data-testid="sign-in-notice"
        >
          {t(`auth.notice.${notice}`)}
        </Alert>
      )}
      <FormCard onSubmit={submit}>
        <ServerErrorAlert error={signIn.error} testId="sign-in-error" />
        <CodeTextInput
          ref={usernameRef}
          label={t('signIn.username')}
          autoComplete="username"
          {...textField('username', username, setUsername)}
        />
        <PasswordField
          label={t('signIn.password')}
          autoComplete="current-password"
          {...textField('password', password, setPassword)}
        />
        <Button type="submit" loading={signIn.isPending} fullWidth>
          {signIn.isPending ? t('signIn.submitting') : t('signIn.submit')}
        </Button>
        <Text size="sm" c="dimmed">
          {t('signIn.help')}
        </Text>
        {instance.data?.demo && (
          <Text size="sm" data-testid="demo-accounts-hint">
            {t('auth.demoHint')}
          </Text>
        )}
      </FormCard>
    </Stack>
  );
}
