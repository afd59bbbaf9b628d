import { Alert, Anchor, Button, Stack, Text, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { ErrorAlert } from '../shared/Alerts';
import { FormCard } from '../shared/FormCard';
import { NewPasswordFields, type NewPasswordValue, validateNewPassword } from './NewPasswordFields';

const route = getRouteApi('/set-password');

/** Opened from the one-time link an administrator hands over: choose a password, then sign in. */
export function SetPasswordPage() {
  const { t } = useTranslation();
  const { token } = route.useSearch();
  const navigate = useNavigate();
  const [value, setValue] = useState<NewPasswordValue>({ newPassword: '', confirmPassword: '' });
  const [localErrors, setLocalErrors] = useState<Partial<Record<keyof NewPasswordValue, string>>>({});

  const setup = useMutation({
    mutationFn: (body: { token: string; newPassword: string }) =>
      api<void>('/api/auth/password-setup', { method: 'POST', body }),
    onSuccess: () => void navigate({ to: '/sign-in', search: { notice: 'password_set' } }),
  });
  const serverError = setup.error instanceof ApiError ? setup.error : undefined;
  const linkBroken = !token || serverError?.code === 'auth.invalid_setup_link';

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors = validateNewPassword(value, t);
    setLocalErrors(errors);
    if (Object.keys(errors).length > 0 || !token) return;
    setup.mutate({ token, newPassword: value.newPassword });
  }

  return (
    <Stack maw={460} mx="auto" mt="xl" gap="lg">
      <Title order={1}>{t('password.setup.title')}</Title>
      {linkBroken ? (
        <Alert
          color="orange"
          variant="outline"
          role="alert"
          title={t('password.setup.linkProblemTitle')}
          // Orange text on white falls short of AA contrast; the border carries the colour.
          styles={{ title: { color: 'var(--mantine-color-text)' } }}
        >
          <Text>{serverError?.message ?? t('errors.auth.invalid_setup_link')}</Text>
        </Alert>
      ) : (
        <Text>{t('password.setup.intro')}</Text>
      )}
      {token && (
        <FormCard onSubmit={submit}>
          <ErrorAlert
            message={serverError && !linkBroken && serverError.details.length === 0 && serverError.message}
          />
          <NewPasswordFields
            value={value}
            onChange={setValue}
            errors={localErrors}
            serverError={serverError}
          />
          <Button type="submit" loading={setup.isPending} fullWidth disabled={linkBroken}>
            {t('password.setup.submit')}
          </Button>
        </FormCard>
      )}
      <Anchor component={Link} to="/sign-in">
        {t('password.setup.toSignIn')}
      </Anchor>
    </Stack>
  );
}
