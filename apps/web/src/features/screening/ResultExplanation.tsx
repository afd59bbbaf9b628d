import {
  type Explanation,
  explainResult,
  type Instrument,
  type InstrumentSummary,
  type Locale,
  type ScreeningOutcome,
  type ScreeningResult,
  strongestOutcome,
} from '@lantern/domain';
import { Alert, Box, Group, List, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { ToneBadge } from '../shell/ToneBadge';
import { outcomeText, outcomeTone } from './labels';
import classes from './screening.module.css';

/** One instrument's part of a screening, with what is needed to explain it (when it could be read). */
export interface ExplainedResponse {
  instrumentId: string;
  instrument: Instrument | null;
  summary: InstrumentSummary | undefined;
  result: ScreeningResult | null;
  explanation: Explanation | null;
}

export function explainResponses(
  responses: ReadonlyArray<{
    instrumentId: string;
    instrument: Instrument | null;
    summary: InstrumentSummary | undefined;
    result: ScreeningResult | null;
  }>,
  locale: Locale,
): ExplainedResponse[] {
  return responses.map((response) => ({
    ...response,
    explanation:
      response.instrument && response.result
        ? explainResult(response.instrument, response.result, locale, {
            verified: response.summary?.verification != null,
          })
        : null,
  }));
}

/** The screening's outcome: the strongest of its instruments; a vulnerability screen alone has no status. */
export function overallOutcome(responses: readonly ExplainedResponse[]): ScreeningOutcome {
  const outcomes = responses.flatMap((response) => (response.result ? [response.result.outcome] : []));
  return strongestOutcome(outcomes) ?? 'scored';
}

/**
 * The headline, the reminder that this is decision support and not a verdict, the needs (immediate ones
 * first) and the next steps: what the officer acts on, before the reasons below.
 */
export function OverallResult({
  outcome,
  responses,
  headingLevel = 2,
}: {
  outcome: ScreeningOutcome | null;
  responses: readonly ExplainedResponse[];
  headingLevel?: 1 | 2;
}) {
  const { t } = useTranslation();
  const explanations = responses.flatMap((response) => (response.explanation ? [response.explanation] : []));
  const needs = new Map<string, { label: string; immediate: boolean }>();
  for (const explanation of explanations)
    for (const need of explanation.needs)
      needs.set(need.id, { label: need.label, immediate: need.immediate });
  const orderedNeeds = [...needs.values()].sort((a, b) => Number(b.immediate) - Number(a.immediate));
  const nextSteps = [...new Set(explanations.flatMap((explanation) => explanation.nextSteps))];
  const disclaimer = explanations[0]?.disclaimer ?? t('screening.explain.disclaimer');
  const subHeading = (headingLevel + 1) as 2 | 3;
  return (
    <Stack gap="md">
      <Paper withBorder p="md" className={classes.printBlock} data-testid="screening-headline">
        <Stack gap="sm">
          <ToneBadge tone={outcomeTone(outcome)} w="fit-content">
            {t('screeningWeb.result.outcomeLabel')}
          </ToneBadge>
          <Title order={headingLevel} className={classes.headline}>
            {outcomeText(t, outcome)}
          </Title>
          <Text>{disclaimer}</Text>
        </Stack>
      </Paper>
      {orderedNeeds.length > 0 && (
        <Paper withBorder p="md" className={classes.printBlock}>
          <Title order={subHeading} size="h4" mb="xs">
            {t('screening.explain.needsLabel')}
          </Title>
          <List spacing={6}>
            {orderedNeeds.map((need) => (
              <List.Item key={need.label}>
                <Group gap="xs" wrap="wrap">
                  <Text span fw={need.immediate ? 600 : 400}>
                    {need.label}
                  </Text>
                  {need.immediate && (
                    <ToneBadge tone="negative" size="md">
                      {t('screeningWeb.result.immediate')}
                    </ToneBadge>
                  )}
                </Group>
              </List.Item>
            ))}
          </List>
        </Paper>
      )}
      {nextSteps.length > 0 && (
        <Paper withBorder p="md" className={classes.printBlock}>
          <Title order={subHeading} size="h4" mb="xs">
            {t('screening.explain.nextLabel')}
          </Title>
          <List type="ordered" spacing={6}>
            {nextSteps.map((step) => (
              <List.Item key={step}>{step}</List.Item>
            ))}
          </List>
        </Paper>
      )}
    </Stack>
  );
}

/** Why: each dimension or element with what was found, the rule, what is still open and what could change. */
export function InstrumentResult({
  response,
  locale,
  headingLevel = 3,
}: {
  response: ExplainedResponse;
  locale: Locale;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation();
  const { instrument, result, explanation, summary } = response;
  const title = instrument?.title[locale] ?? summary?.title[locale] ?? response.instrumentId;
  if (!instrument || !result || !explanation) {
    return (
      <Paper withBorder p="md">
        <Title order={headingLevel} size="h4">
          {title}
        </Title>
        <Text mt="xs">{t('screeningWeb.result.cannotExplain')}</Text>
      </Paper>
    );
  }
  const verified = result.sourceStatus === 'secondary' && summary?.verification;
  const level =
    result.score && instrument.scoring.kind === 'weighted-score'
      ? instrument.scoring.levels.find((entry) => entry.id === result.score?.level)?.labels[locale]
      : undefined;
  const detailHeading = (headingLevel + 1) as 3 | 4;
  const weighted = result.rule === 'weighted-score';
  // The tick is hidden from screen readers, so whether a dimension is met is also said in words; a weighted
  // score has no "met", only points.
  const groupStatus = (group: Explanation['groups'][number]) => {
    if (weighted) return group.status;
    if (result.rule === 'element-combination' && group.positive) return t('screeningWeb.result.groupMet');
    const met = group.positive ? t('screeningWeb.result.groupMet') : t('screeningWeb.result.groupNotMet');
    return `${met} — ${group.status}`;
  };
  return (
    <Paper
      withBorder
      p="md"
      className={classes.printBlock}
      data-testid="instrument-result"
      data-instrument={instrument.id}
    >
      <Stack gap="sm">
        <Title order={headingLevel} size="h4">
          {title}
        </Title>
        <Group gap="xs">
          <ToneBadge tone={outcomeTone(result.outcome)}>{explanation.headline}</ToneBadge>
        </Group>
        {verified ? (
          <Alert color="teal" variant="light" p="sm">
            {t('screeningWeb.source.verifiedOn', {
              date: formatDateTime(verified.at, locale).slice(0, 10),
              note: verified.note,
            })}
          </Alert>
        ) : (
          explanation.sourceNotice && (
            <SourceNotice status={result.sourceStatus}>{explanation.sourceNotice}</SourceNotice>
          )
        )}
        {result.rule !== 'weighted-score' && (
          <Text size="sm">
            <Text span fw={600}>
              {t('screening.explain.subjectLabel')}:
            </Text>{' '}
            {explanation.subject}
          </Text>
        )}
        {result.score && (
          <Text>
            <Text span fw={600}>
              {t('screeningWeb.result.level')}:
            </Text>{' '}
            {level ?? result.score.level} (
            {t('screening.explain.subScore', { score: result.score.total, max: result.score.max })})
          </Text>
        )}
        <Box component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
          {explanation.groups.map((group) => (
            <Box component="li" key={group.id} py={6}>
              <Group gap="sm" wrap="nowrap" align="flex-start">
                <Text
                  span
                  fw={700}
                  w={24}
                  ta="center"
                  c={group.positive && !weighted ? 'teal.9' : 'gray.7'}
                  aria-hidden="true"
                >
                  {weighted ? '•' : group.positive ? '✔' : '–'}
                </Text>
                <Stack gap={2} style={{ flex: 1, minWidth: 0 }}>
                  <Text fw={600}>{group.label}</Text>
                  <Text size="sm">{groupStatus(group)}</Text>
                  {group.present.length > 0 && (
                    <List size="sm" spacing={2} withPadding>
                      {group.present.map((item) => (
                        <List.Item key={item}>{item}</List.Item>
                      ))}
                    </List>
                  )}
                </Stack>
              </Group>
            </Box>
          ))}
        </Box>
        {explanation.rule && (
          <Text size="sm">
            <Text span fw={600}>
              {t('screening.explain.ruleLabel')}:
            </Text>{' '}
            {explanation.rule}
          </Text>
        )}
        {explanation.threshold && (
          <Text size="sm">
            <Text span fw={600}>
              {t('screening.explain.thresholdLabel')}:
            </Text>{' '}
            {explanation.threshold}
          </Text>
        )}
        {explanation.open.length > 0 && (
          <div>
            <Title order={detailHeading} size="h6">
              {t('screening.explain.openLabel')}
            </Title>
            <List size="sm" spacing={2} withPadding>
              {explanation.open.map((item) => (
                <List.Item key={item}>{item}</List.Item>
              ))}
            </List>
          </div>
        )}
        {explanation.whatIf.map((line) => (
          <Text key={line} size="sm" fs="italic">
            {line}
          </Text>
        ))}
      </Stack>
    </Paper>
  );
}

/**
 * Says where an instrument's content comes from. A secondary source is a warning (its grades are not yet
 * checked against the primary text); a local extension is information. Dark text keeps AA contrast.
 */
export function SourceNotice({
  status,
  children,
}: {
  status: ScreeningResult['sourceStatus'];
  children: string;
}) {
  const { t } = useTranslation();
  const secondary = status === 'secondary';
  return (
    <Alert
      color={secondary ? 'yellow' : 'gray'}
      variant="light"
      p="sm"
      title={t(`screening.sourceStatus.${status}`)}
      styles={{ title: { color: secondary ? '#4a3000' : '#212529' }, message: { color: '#212529' } }}
      data-testid="source-notice"
    >
      {children}
    </Alert>
  );
}
