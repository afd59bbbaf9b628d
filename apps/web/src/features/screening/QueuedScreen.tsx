import type { Locale } from '@lantern/domain';
import { Alert, Button, Group, Stack, Text, Title } from '@mantine/core';
import { type RefObject, useState } from 'react';
import { useTranslation } from 'react-i18next';
import shared from '../shared/shared.module.css';
import { ButtonLink } from '../shell/links';
import { flushOutbox } from './outbox';
import { type ExplainedResponse, InstrumentResult, OverallResult, overallOutcome } from './ResultExplanation';
import classes from './screening.module.css';

/** What the officer sees when a screening waits on the device: it is safe, and the result as scored here. */
export function QueuedScreen({
  headingRef,
  reason,
  responses,
  locale,
  onStartOver,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
  reason: 'offline' | 'signed-out' | 'server';
  responses: ExplainedResponse[];
  locale: Locale;
  onStartOver: () => void;
}) {
  const { t } = useTranslation();
  const [trying, setTrying] = useState(false);
  return (
    <Stack gap="md" maw={760} mx="auto" w="100%">
      <Title order={1} size="h2" ref={headingRef} tabIndex={-1} className={shared.stepHeading}>
        {t('screeningWeb.queued.title')}
      </Title>
      <Alert color="blue" variant="light" role="status" data-testid="screening-queued">
        <Text fw={600}>{t('screeningWeb.queued.saved')}</Text>
        <Text mt={4}>{t(`screeningWeb.queued.reason.${reason}`)}</Text>
      </Alert>
      <Group gap="sm" className={classes.noPrint}>
        <Button
          variant="light"
          h={44}
          loading={trying}
          onClick={() => {
            setTrying(true);
            void flushOutbox().finally(() => setTrying(false));
          }}
        >
          {t('screeningWeb.queued.sendNow')}
        </Button>
        <ButtonLink to="/screenings" variant="default" h={44}>
          {t('screeningWeb.queued.toList')}
        </ButtonLink>
        <Button variant="default" h={44} onClick={onStartOver}>
          {t('screeningWeb.list.new')}
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        {t('screeningWeb.queued.localResult')}
      </Text>
      <OverallResult outcome={overallOutcome(responses)} responses={responses} />
      {responses.map((response) => (
        <InstrumentResult key={response.instrumentId} response={response} locale={locale} />
      ))}
    </Stack>
  );
}
