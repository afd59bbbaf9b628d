import type { CaseDetail, TimelineEntry } from '@lantern/domain';
import { Group, Paper, Stack, Text } from '@mantine/core';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import { useActiveSession } from '../auth/RequireSession';
import { AnchorLink } from '../shell/links';
import { visibleTabs } from './case-tabs';
import classes from './cases.module.css';
import { timelineKindText } from './labels';
import { PartStatus } from './PartStatus';
import { useTimeline } from './queries';
import { tabOfTimelineKind } from './timeline-tab';

const consentPurposes = (t: TFunction, codes: string) =>
  codes
    .split(',')
    .filter(Boolean)
    .map((purpose) => t(`case.consentPurpose.${purpose}`, { defaultValue: purpose }));

/** Field names of a correction in the reader's words (the values are never on the timeline). */
const fieldNames = (t: TFunction, fields: string) =>
  fields
    .split(',')
    .filter(Boolean)
    .map((field) => t(`identityEdit.field.${field}`, { defaultValue: field }));

/** What the line says beyond its kind: codes in words, and the words a person wrote when the reader may see them. */
function wordsOf(t: TFunction, entry: TimelineEntry): string[] {
  const lines: string[] = [];
  const { reason, closureReason, purpose, givenBy, consents, fields, probableDuplicates } = entry.details;
  if (typeof closureReason === 'string')
    lines.push(t('casesWeb.timeline.closureReason', { reason: t(`case.closureReason.${closureReason}`) }));
  if (typeof reason === 'string' && reason.trim()) lines.push(t('casesWeb.timeline.reason', { reason }));
  if (typeof purpose === 'string' && entry.kind.startsWith('consent.'))
    lines.push(t(`case.consentPurpose.${purpose}`, { defaultValue: purpose }));
  if (typeof givenBy === 'string' && entry.kind.startsWith('consent.'))
    lines.push(t('identityEdit.timeline.givenBy', { who: t(`caseWork.consentGivenBy.${givenBy}`) }));
  if (entry.kind === 'registered' && typeof consents === 'string' && consents)
    lines.push(
      t('identityEdit.timeline.consentsGiven', {
        purposes: formatList(consentPurposes(t, consents), currentLocale()),
      }),
    );
  if ((entry.kind === 'identity.corrected' || entry.kind === 'profile.updated') && typeof fields === 'string')
    lines.push(
      t('identityEdit.timeline.fields', { fields: formatList(fieldNames(t, fields), currentLocale()) }),
    );
  if (typeof probableDuplicates === 'number' && probableDuplicates > 0)
    lines.push(t('identityEdit.timeline.probableDuplicates', { n: probableDuplicates }));
  return lines;
}

export function TimelineTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const locale = currentLocale();
  const session = useActiveSession();
  const timeline = useTimeline(detail.id);
  const tabs = visibleTabs(session.user.permissions, detail);
  return (
    <PartStatus query={timeline}>
      {timeline.data && timeline.data.length === 0 && <Text c="dimmed">{t('casesWeb.timeline.none')}</Text>}
      <Stack component="ol" gap="sm" p={0} m={0} style={{ listStyle: 'none' }} data-testid="case-timeline">
        {(timeline.data ?? []).map((entry) => {
          const tab = tabOfTimelineKind(entry.kind);
          return (
            <Paper component="li" key={entry.id} withBorder p="sm" data-kind={entry.kind}>
              <Stack gap={2}>
                <Group justify="space-between" gap="xs" wrap="wrap">
                  <Text fw={600}>{timelineKindText(t, entry.kind)}</Text>
                  {/* The line is labelled with the name of the tab it is about, and leads there when the reader may open it. */}
                  {tab &&
                    (tabs.includes(tab) && tab !== 'timeline' ? (
                      <AnchorLink
                        to="/cases/$id"
                        params={{ id: detail.id }}
                        search={tab === 'summary' ? {} : { tab }}
                        size="sm"
                        py={6}
                      >
                        {t(`casesWeb.tabs.${tab}`)}
                      </AnchorLink>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {t(`casesWeb.tabs.${tab}`)}
                      </Text>
                    ))}
                </Group>
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
          );
        })}
      </Stack>
    </PartStatus>
  );
}
