import type { FeedbackCodeState } from '@lantern/domain';
import { Alert, Button, Stack, Text, TextInput, Title } from '@mantine/core';
import { useMutation } from '@tanstack/react-query';
import { getRouteApi } from '@tanstack/react-router';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { FeedbackSurvey, type SurveyAnswer } from './FeedbackSurvey';
import { serviceLabel } from './status-labels';

const route = getRouteApi('/survivor/feedback');

/**
 * The survivor's own phone (/survivor/feedback?code=…): no account, no name. The code from the QR link (or
 * typed) is checked first, then the survey is answered once; the code is used up by the answer.
 */
export function FeedbackByCodePage() {
  const { t, i18n } = useTranslation();
  const search = route.useSearch();
  const [typed, setTyped] = useState(search.code ?? '');
  const check = useMutation({
    mutationFn: (code: string) =>
      api<FeedbackCodeState>('/api/survivor/feedback/code', { method: 'POST', body: { code } }),
  });
  const send = useMutation({
    mutationFn: (answer: SurveyAnswer) =>
      api<{ ok: true }>('/api/survivor/feedback', { method: 'POST', body: { code: typed, ...answer } }),
  });
  const { mutate } = check;
  // Opened from the QR code: the code is in the link, so the survey shows at once.
  useEffect(() => {
    if (search.code) mutate(search.code);
  }, [search.code, mutate]);

  function submitCode(event: FormEvent) {
    event.preventDefault();
    check.mutate(typed);
  }

  const failed = (send.error ?? check.error)?.message;
  return (
    <Stack gap="lg" mt="md">
      <Title order={1} size="h2">
        {t('feedback.survey.title')}
      </Title>
      {send.isSuccess ? (
        <Alert color="green" variant="outline" role="status" data-testid="feedback-thanks">
          <Text>{t('feedback.survey.thanks')}</Text>
        </Alert>
      ) : (
        <>
          <Text>{t('feedback.survey.intro')}</Text>
          {failed && (
            <Alert color="red" variant="outline" role="alert">
              <Text>{failed}</Text>
            </Alert>
          )}
          {check.data ? (
            <>
              <Text fw={600}>
                {t('feedback.survey.about', {
                  service: serviceLabel(check.data.serviceType, i18n.language, t),
                })}
              </Text>
              <FeedbackSurvey onSubmit={(answer) => send.mutate(answer)} pending={send.isPending} />
            </>
          ) : (
            <form onSubmit={submitCode}>
              <Stack gap="md">
                <TextInput
                  label={t('feedback.survey.code')}
                  description={t('statusCheck.page.codeHelp')}
                  value={typed}
                  onChange={(event) => setTyped(event.currentTarget.value)}
                  autoComplete="off"
                  spellCheck={false}
                  size="md"
                  dir="ltr"
                />
                <Button type="submit" h={48} loading={check.isPending} fullWidth>
                  {t('feedback.survey.start')}
                </Button>
              </Stack>
            </form>
          )}
        </>
      )}
    </Stack>
  );
}
