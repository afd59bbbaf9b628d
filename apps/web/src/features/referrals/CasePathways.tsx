import type { CaseDetail } from '@lantern/domain';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { currentLocale } from '../../lib/i18n';
import { PartList } from '../cases/PartStatus';
import { DoneNotice } from '../shared/Alerts';
import { PathwayRun } from './PathwayRun';
import { nameIn } from './pathway-model';
import { useCasePathways } from './pathway-queries';
import { StartPathwayModal } from './StartPathwayModal';

/**
 * The coordination pathways started on the case, each as its steps and where the person is on it; the owning
 * agency may start one (every step's referral goes out at once, each with its deadline).
 */
export function CasePathways({
  detail,
  mayStart,
  now,
}: {
  detail: CaseDetail;
  mayStart: boolean;
  now: number;
}) {
  const { t } = useTranslation();
  const runs = useCasePathways(detail.id);
  const [starting, setStarting] = useState(false);
  const [started, setStarted] = useState<string | null>(null);

  return (
    <Stack gap="sm" component="section" aria-labelledby="case-pathways-title">
      <Group justify="space-between" align="flex-end" gap="sm">
        <Stack gap={2} style={{ flex: '1 1 320px' }}>
          <Title order={2} size="h4" id="case-pathways-title">
            {t('referralsWeb.pathways.caseTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('referralsWeb.pathways.caseIntro')}
          </Text>
        </Stack>
        {mayStart && (
          <Button h={44} variant="light" onClick={() => setStarting(true)} data-testid="pathway-start-open">
            {t('referralsWeb.pathways.start.open')}
          </Button>
        )}
      </Group>
      {started && <DoneNotice onClose={() => setStarted(null)}>{started}</DoneNotice>}
      <PartList query={runs} empty={t('referralsWeb.pathways.caseNone')}>
        {(run) => <PathwayRun key={run.id} run={run} now={now} />}
      </PartList>
      {mayStart && (
        <StartPathwayModal
          caseId={detail.id}
          provinceCode={detail.provinceCode}
          opened={starting}
          onClose={() => setStarting(false)}
          onStarted={(run) => {
            setStarting(false);
            setStarted(
              t('referralsWeb.pathways.start.done', {
                name: nameIn(run.pathway.names, currentLocale()),
                count: run.steps.length,
              }),
            );
          }}
        />
      )}
    </Stack>
  );
}
