import type { CaseDetail, TimelineEntry } from '@lantern/domain';
import { Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import classes from './cases.module.css';
import { timelineKindText } from './labels';
import { PartStatus } from './PartStatus';
import { useTimeline } from './queries';

/** The words a person wrote (a reason, a note about a step), when the reader may see them. */
function wordsOf(t: TFunction, entry: TimelineEntry): string[] {
  const lines: string[] = [];
  const { reason, closureReason, purpose } = entry.details;
  if (typeof closureReason === 'string')
    lines.push(t('casesWeb.timeline.closureReason', { reason: t(`case.closureReason.${closureReason}`) }));
  if (typeof reason === 'string' && reason.trim()) lines.push(t('casesWeb.timeline.reason', { reason }));
  if (typeof purpose === 'string' && entry.kind.startsWith('consent.'))
    lines.push(t(`case.consentPurpose.${purpose}`, { defaultValue: purpose }));
  return lines;
}

export function TimelineTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const timeline = useTimeline(detail.id);
  return (
    <PartStatus query={timeline}>
      {timeline.data && timeline.data.length === 0 && <Text c="dimmed">{t('casesWeb.timeline.none')}</Text>}
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="case-timeline">
        {(timeline.data ?? []).map((entry) => (
          <Paper component="li" key={entry.id} withBorder p="sm">
            <Stack gap={2}>
              <Text fw={600}>{timelineKindText(t, entry.kind)}</Text>
              <Text size="sm" c="dimmed">
                <span className={classes.ltr}>{formatDateTime(entry.at, locale)}</span>
                {entry.actor && ` · ${entry.actor.displayName}`}
              </Text>
              {wordsOf(t, entry).map((line) => (
                <Text key={line} size="sm" dir="auto">
                  {line}
                </Text>
              ))}
            </Stack>
          </Paper>
        ))}
      </Stack>
    </PartStatus>
  );
}
