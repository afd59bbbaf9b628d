import { Alert, Button, Stack, Title } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ApiError, api } from '../../lib/api';
import { NewPasswordFields, type NewPasswordValue, validateNewPassword } from '../auth/NewPasswordFields';
import { PasswordField } from '../auth/PasswordField';
import { ServerErrorAlert } from '../shared/Alerts';
import { FormCard } from '../shared/FormCard';

type Errors = Partial<Record<'currentPassword' | keyof NewPasswordValue, string | undefined>>;

export function ChangePasswordForm() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [currentPassword, setCurrentPassword] = useState('');
  const [value, setValue] = useState<NewPasswordValue>({ newPassword: '', confirmPassword: '' });
  const [localErrors, setLocalErrors] = useState<Errors>({});

  const change = useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      api<void>('/api/account/password', { method: 'POST', body }),
    onSuccess: () => {
      setCurrentPassword('');
      setValue({ newPassword: '', confirmPassword: '' });
      void queryClient.invalidateQueries({ queryKey: ['account', 'sessions'] });
    },
  });
  const serverError = change.error instanceof ApiError ? change.error : undefined;

  function submit(event: FormEvent) {
    event.preventDefault();
    const errors: Errors = validateNewPassword(value, t);
    if (currentPassword.length === 0) errors.currentPassword = t('errors.field.required');
    setLocalErrors(errors);
    if (Object.values(errors).some(Boolean)) return;
    change.mutate({ currentPassword, newPassword: value.newPassword });
  }

  return (
    <Stack gap="sm" component="section" aria-labelledby="change-password-title">
      <Title order={2} size="h3" id="change-password-title">
        {t('account.password.title')}
      </Title>
      <FormCard onSubmit={submit} maw={460}>
        {change.isSuccess && (
          <Alert color="teal" role="status">
            {t('account.password.changed')}
          </Alert>
        )}
        <ServerErrorAlert error={change.error} />
        <PasswordField
          label={t('account.password.current')}
          name="currentPassword"
          autoComplete="current-password"
          value={currentPassword}
          onChange={(event) => setCurrentPassword(event.currentTarget.value)}
          error={localErrors.currentPassword ?? serverError?.fieldError('currentPassword')}
        />
        <NewPasswordFields value={value} onChange={setValue} errors={localErrors} serverError={serverError} />
        <Button type="submit" loading={change.isPending} w="fit-content">
          {t('account.password.submit')}
        </Button>
      </FormCard>
    </Stack>
  );
}
