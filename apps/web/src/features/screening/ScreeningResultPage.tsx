import { languageName } from '@lantern/domain';
import { Alert, Box, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useParams } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { hasPermission } from '../../lib/session';
import { RequireSession, useActiveSession } from '../auth/RequireSession';
import { useProvinces, useUnitsUnder } from '../reference/queries';
import { useScreeningRecipient } from '../referrals/queries';
import { SendScreeningModal } from '../referrals/SendScreeningModal';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { AnchorLink, ButtonLink } from '../shell/links';
import { parseResult, useInstrumentDefinitions, useInstrumentSummaries, useScreening } from './queries';
import { explainResponses, InstrumentResult, OverallResult } from './ResultExplanation';
import classes from './screening.module.css';

export function ScreeningResultPage() {
  return (
    <RequireSession anyOf={['screening.read']}>
      <ScreeningResult />
    </RequireSession>
  );
}

/**
 * A stored screening explained in the reader's language with the same words as the command line: the
 * outcome, what it rests on, what is still open, the needs and what to do next.
 */
function ScreeningResult() {
  const { t } = useTranslation();
  const locale = currentLocale();
  const session = useActiveSession();
  const { id } = useParams({ from: '/screenings/$id' });
  const screening = useScreening(id);
  const summaries = useInstrumentSummaries();
  const wanted = useMemo(
    () =>
      (screening.data?.responses ?? []).map((response) => ({
        id: response.instrumentId,
        version: response.instrumentVersion,
      })),
    [screening.data],
  );
  const { definitions, pending } = useInstrumentDefinitions(wanted);
  const [sending, setSending] = useState(false);
  const [sentTo, setSentTo] = useState<string | null>(null);
  // Answered only for the reader's own agency's screenings: one received from another agency is not sent on.
  const ownRecipient = useScreeningRecipient(
    id,
    screening.data?.outcome === 'possible-victim' && hasPermission(session, 'screening.create'),
  );
  const responses = useMemo(
    () =>
      explainResponses(
        (screening.data?.responses ?? []).map((response) => {
          const instrument = definitions.get(response.instrumentId);
          return {
            instrumentId: response.instrumentId,
            instrument: instrument && instrument.version === response.instrumentVersion ? instrument : null,
            summary: summaries.data?.find(
              (summary) =>
                summary.id === response.instrumentId && summary.version === response.instrumentVersion,
            ),
            result: parseResult(response.result),
          };
        }),
        locale,
      ),
    [screening.data, definitions, summaries.data, locale],
  );

  if (screening.isError) {
    const missing = 'status' in screening.error && screening.error.status === 404;
    return (
      <Stack gap="md" maw={760}>
        <Title order={1}>
          {missing ? t('screeningWeb.result.notFound') : t('screeningWeb.result.title')}
        </Title>
        <Alert color={missing ? 'gray' : 'red'} role="alert">
          {screening.error.message}
        </Alert>
        <AnchorLink to="/screenings" fw={600} py="xs">
          {t('screeningWeb.result.backToList')}
        </AnchorLink>
      </Stack>
    );
  }
  if (screening.isPending || pending) {
    return (
      <LoadingSkeleton maw={760} blocks={[{ height: 36, width: '60%' }, { height: 140 }, { height: 240 }]} />
    );
  }
  const detail = screening.data;
  return (
    <Stack gap="lg" maw={860} w="100%">
      <Stack gap={4}>
        <Text size="sm" c="dimmed">
          {t('screeningWeb.result.title')}
        </Text>
        <Title order={1} size="h2" dir="auto">
          {t('screeningWeb.result.heading', { time: formatDateTime(detail.screenedAt, locale) })}
        </Title>
        <Text size="sm">
          {t('screeningWeb.list.screenedBy', { name: detail.screenedBy.displayName })}
          {' · '}
          {t('screeningWeb.result.language', {
            language: languageName(detail.interviewLanguage, locale) ?? detail.interviewLanguage,
          })}
          {' · '}
          {detail.interpreterUsed
            ? t('screeningWeb.result.withInterpreter')
            : t('screeningWeb.result.noInterpreter')}
        </Text>
        {detail.provinceCode && <Place provinceCode={detail.provinceCode} communeCode={detail.communeCode} />}
      </Stack>

      <OverallResult outcome={detail.outcome} responses={responses} />

      {sentTo && (
        <Alert color="green" role="status" data-testid="handoff-sent">
          {t('handoffWeb.send.sent', { agency: sentTo })}
        </Alert>
      )}
      {/* The agency that made the screening sends it on; a receiving agency reads it and acts from its inbox. */}
      {detail.outcome === 'possible-victim' && ownRecipient.isSuccess && !sentTo && (
        <Button h={44} w="fit-content" onClick={() => setSending(true)} data-testid="handoff-send">
          {t('handoffWeb.send.action')}
        </Button>
      )}
      <SendScreeningModal
        screeningId={detail.id}
        opened={sending}
        onClose={() => setSending(false)}
        onSent={(agency) => {
          setSending(false);
          setSentTo(agency);
        }}
      />

      <Stack gap="md">
        <Title order={2} size="h3">
          {t('screeningWeb.result.why')}
        </Title>
        {responses.map((response) => (
          <InstrumentResult key={response.instrumentId} response={response} locale={locale} />
        ))}
      </Stack>

      <Group gap="sm" className={classes.noPrint}>
        <Button variant="default" h={44} onClick={() => window.print()}>
          {t('screeningWeb.result.print')}
        </Button>
        <ButtonLink to="/screenings" variant="default" h={44}>
          {t('screeningWeb.result.backToList')}
        </ButtonLink>
        {detail.outcome === 'possible-victim' && hasPermission(session, 'case.create') && (
          <ButtonLink to="/cases/new" search={{ screening: detail.id }} h={44} data-testid="register-case">
            {t('casesWeb.fromScreening')}
          </ButtonLink>
        )}
        {hasPermission(session, 'screening.create') && (
          <ButtonLink to="/screenings/new" h={44}>
            {t('screeningWeb.list.new')}
          </ButtonLink>
        )}
      </Group>
      <Box h="md" />
    </Stack>
  );
}

function Place({ provinceCode, communeCode }: { provinceCode: string; communeCode: string | null }) {
  const { t } = useTranslation();
  const provinces = useProvinces('2025');
  const communes = useUnitsUnder('2025', communeCode ? provinceCode : null);
  const province = provinces.data?.units.find((unit) => unit.code === provinceCode)?.label ?? provinceCode;
  const commune = communeCode
    ? (communes.data?.units.find((unit) => unit.code === communeCode)?.label ?? communeCode)
    : null;
  return (
    <Text size="sm">
      {t('screeningWeb.result.place', { place: commune ? `${commune}, ${province}` : province })}
    </Text>
  );
}
