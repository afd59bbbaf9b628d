import type { TrainingEvent } from '@lantern/domain';
import { Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useVocabularyLabels } from '../cases/labels';
import { PartStatus } from '../cases/PartStatus';
import { formatDayMonthYear } from '../reference/dates';
import { EmptyState } from '../shared/ListStates';
import { PageHeader } from '../shared/PageHeader';
import { ToneBadge } from '../shell/ToneBadge';
import { useTrainings } from './queries';
import { TrainingForm } from './TrainingForm';

/** The agency's training register: what it organised, on which standard tools, and how many staff took part. */
export function TrainingPage() {
  const { t } = useTranslation();
  const [recording, setRecording] = useState(false);
  const [editing, setEditing] = useState<string | null>(null);
  const trainings = useTrainings();
  return (
    <Stack gap="md">
      <PageHeader
        title={t('training.title')}
        intro={t('training.intro')}
        action={
          !recording &&
          !editing && (
            <Button h={44} onClick={() => setRecording(true)} data-testid="training-new">
              {t('training.new')}
            </Button>
          )
        }
      />
      {recording && <TrainingForm onDone={() => setRecording(false)} />}
      <PartStatus query={trainings}>
        {trainings.data &&
          (trainings.data.items.length === 0 ? (
            <EmptyState>{t('training.empty')}</EmptyState>
          ) : (
            <Stack component="ul" gap="sm" p={0} m={0} style={{ listStyle: 'none' }}>
              {trainings.data.items.map((event) =>
                editing === event.id ? (
                  <li key={event.id}>
                    <TrainingForm event={event} onDone={() => setEditing(null)} />
                  </li>
                ) : (
                  <TrainingCard
                    key={event.id}
                    event={event}
                    onEdit={
                      recording || editing
                        ? undefined
                        : () => {
                            setEditing(event.id);
                          }
                    }
                  />
                ),
              )}
            </Stack>
          ))}
      </PartStatus>
    </Stack>
  );
}

function TrainingCard({ event, onEdit }: { event: TrainingEvent; onEdit: (() => void) | undefined }) {
  const { t } = useTranslation();
  const tool = useVocabularyLabels('vn-training-tool');
  const role = useVocabularyLabels('vn-training-role');
  return (
    <Paper component="li" withBorder p="md" data-testid="training-card">
      <Stack gap={4}>
        <Group justify="space-between" gap="xs" align="flex-start">
          <Text fw={600}>{event.title}</Text>
          <Text size="sm" c="dimmed">
            <bdi>{formatDayMonthYear(event.heldOn)}</bdi>
          </Text>
        </Group>
        <Group gap={4}>
          {event.tools.map((code) => (
            <ToneBadge key={code} tone="neutral" size="md">
              {tool(code)}
            </ToneBadge>
          ))}
        </Group>
        <Text size="sm">
          {t('training.totals', { total: event.totalParticipants, frontline: event.frontlineParticipants })}
        </Text>
        <Stack component="ul" gap={0} pl="md" m={0}>
          {event.participants.map((line) => (
            <Text component="li" size="sm" key={line.id}>
              {line.user
                ? t('training.namedLine', {
                    name: line.user.displayName,
                    role: role(line.role),
                    agency: line.agency.name,
                  })
                : t('training.line', { count: line.count, role: role(line.role), agency: line.agency.name })}
              {line.sex ? ` · ${t(`training.sex.${line.sex}`)}` : ''}
            </Text>
          ))}
        </Stack>
        {onEdit && (
          <Group>
            <Button variant="default" h={44} onClick={onEdit} data-testid="training-edit">
              {t('training.edit')}
            </Button>
          </Group>
        )}
      </Stack>
    </Paper>
  );
}
