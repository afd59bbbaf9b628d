import type { CasePathway } from '@lantern/domain';
import { Group, Paper, Stack, Text, ThemeIcon, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { agencyTypeLabel } from '../admin/labels';
import caseCss from '../cases/cases.module.css';
import { AnchorLink } from '../shell/links';
import { type Tone, ToneBadge } from '../shell/ToneBadge';
import { doneCount, nameIn, type StepPlace, stepPlace } from './pathway-model';
import { StatusBadge, TimerBadge } from './ReferralBadges';

const placeTone: Record<StepPlace, Tone> = {
  done: 'positive',
  current: 'info',
  stuck: 'negative',
  next: 'neutral',
  hidden: 'neutral',
};

const markerColor: Record<StepPlace, string> = {
  done: 'teal.8',
  current: 'lantern.7',
  stuck: 'red.8',
  next: 'gray.6',
  hidden: 'gray.6',
};

/**
 * One pathway started on the case, step by step: who each step went to, how its referral stands, its clock,
 * and where the person is now. The current step is marked in words as well as by its border (never colour alone).
 */
export function PathwayRun({ run, now }: { run: CasePathway; now: number }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const headingId = `pathway-run-${run.id}`;
  return (
    <Paper component="li" withBorder p="md" data-testid="case-pathway" aria-labelledby={headingId}>
      <Stack gap="sm">
        <Group justify="space-between" gap="xs" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h5" id={headingId}>
              {nameIn(run.pathway.names, locale)}
            </Title>
            <Text size="sm" c="dimmed">
              {t('referralsWeb.pathways.run.started')}{' '}
              <span className={caseCss.ltr}>{formatDateTime(run.startedAt, locale)}</span>
            </Text>
          </Stack>
          {run.allStepsVisible ? (
            <ToneBadge tone={run.currentStep === null ? 'positive' : 'info'} size="md" radius="sm">
              {run.currentStep === null
                ? t('referralsWeb.pathways.run.finished')
                : t('referralsWeb.pathways.run.progress', { done: doneCount(run), total: run.steps.length })}
            </ToneBadge>
          ) : (
            <Text size="sm" c="dimmed" maw={320}>
              {t('referralsWeb.pathways.run.ownStepOnly')}
            </Text>
          )}
        </Group>
        <Stack component="ol" gap={0} p={0} m={0} style={{ listStyle: 'none' }}>
          {run.steps.map((step) => {
            const place = stepPlace(run, step);
            const here = place === 'current' || place === 'stuck';
            const last = step.index === run.steps.length - 1;
            return (
              <Group
                component="li"
                key={step.index}
                gap="sm"
                wrap="nowrap"
                align="stretch"
                aria-current={here ? 'step' : undefined}
                data-testid="pathway-step"
                data-place={place}
              >
                <Stack gap={0} align="center" w={32} style={{ flex: 'none' }}>
                  <ThemeIcon
                    radius="xl"
                    size={32}
                    color={markerColor[place]}
                    variant={here || place === 'done' ? 'filled' : 'outline'}
                    aria-hidden
                  >
                    {place === 'done' ? '✓' : step.index + 1}
                  </ThemeIcon>
                  {!last && (
                    <div
                      style={{ flex: 1, width: 2, minHeight: 16, background: 'var(--mantine-color-gray-4)' }}
                    />
                  )}
                </Stack>
                <Paper
                  withBorder
                  p="sm"
                  pt={4}
                  mb={last ? 0 : 'xs'}
                  style={{
                    flex: 1,
                    borderWidth: 2,
                    borderColor: here ? 'var(--mantine-color-lantern-6)' : 'transparent',
                  }}
                >
                  <Stack gap={4}>
                    <Group gap="xs" justify="space-between" align="flex-start">
                      <Text fw={600}>
                        {t('referralsWeb.pathways.stepTitle', {
                          number: step.index + 1,
                          name: nameIn(step.names, locale),
                        })}
                      </Text>
                      <ToneBadge tone={placeTone[place]} size="md" radius="sm" variant="outline">
                        {t(`referralsWeb.pathways.place.${place}`)}
                      </ToneBadge>
                    </Group>
                    {step.referral ? (
                      <>
                        <AnchorLink to="/referrals/$id" params={{ id: step.referral.id }} size="sm">
                          {step.referral.to.name}
                        </AnchorLink>
                        <Group gap={6}>
                          <StatusBadge status={step.referral.status} />
                          <TimerBadge referral={step.referral} now={now} />
                        </Group>
                      </>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t('referralsWeb.pathways.run.otherAgency', {
                          type: agencyTypeLabel(t, step.agencyType),
                        })}
                      </Text>
                    )}
                    {place === 'stuck' && <Text size="sm">{t('referralsWeb.pathways.run.stuckHelp')}</Text>}
                  </Stack>
                </Paper>
              </Group>
            );
          })}
        </Stack>
      </Stack>
    </Paper>
  );
}
