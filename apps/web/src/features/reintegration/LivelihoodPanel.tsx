import type { FollowUpVisit, LivelihoodView } from '@lantern/domain';
import { Button, NativeSelect, Paper, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DayInput } from '../cases/DayInput';
import { useVocabularyLabels } from '../cases/labels';
import { PartForm, PartFormFooter } from '../cases/PartForm';
import { VocabularySelect } from '../cases/VocabularyField';
import { formatDayMonthYear, todayInVietNam } from '../reference/dates';
import { useFieldErrors } from '../shared/useFieldErrors';
import { useRecordLivelihood } from './queries';

/** Employment, income band and loan: the latest on top, the history below, and a form for the next one. */
export function LivelihoodPanel({
  caseId,
  outcomes,
  visits,
  canChange,
}: {
  caseId: string;
  outcomes: LivelihoodView[];
  visits: FollowUpVisit[];
  canChange: boolean;
}) {
  const { t } = useTranslation();
  const employment = useVocabularyLabels('vn-employment-status');
  const income = useVocabularyLabels('vn-income-band');
  const loan = useVocabularyLabels('vn-loan-status');
  const [recording, setRecording] = useState(false);
  const latest = outcomes[0];
  const visitText = (entry: LivelihoodView) =>
    entry.visitMonths === null ? '—' : t('livelihood.visitMonths', { months: entry.visitMonths });
  return (
    <Stack gap="sm" component="section" aria-labelledby="livelihood">
      <Title order={3} size="h5" id="livelihood">
        {t('livelihood.title')}
      </Title>
      {latest ? (
        <Paper withBorder p="sm" data-testid="livelihood-latest">
          <Text size="sm" c="dimmed">
            <bdi>{t('livelihood.latest', { day: formatDayMonthYear(latest.recordedOn) })}</bdi>
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="xs">
            <Fact label={t('livelihood.employmentStatus')} value={employment(latest.employmentStatus)} />
            <Fact label={t('livelihood.incomeBand')} value={income(latest.incomeBand)} />
            <Fact label={t('livelihood.loanStatus')} value={loan(latest.loanStatus)} />
          </SimpleGrid>
        </Paper>
      ) : (
        <Text c="dimmed">{t('livelihood.none')}</Text>
      )}
      {outcomes.length > 1 && (
        <Table.ScrollContainer minWidth={480}>
          <Table striped data-testid="livelihood-history">
            <Table.Caption>{t('livelihood.history')}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('livelihood.recordedOn')}</Table.Th>
                <Table.Th>{t('livelihood.visit')}</Table.Th>
                <Table.Th>{t('livelihood.employmentStatus')}</Table.Th>
                <Table.Th>{t('livelihood.incomeBand')}</Table.Th>
                <Table.Th>{t('livelihood.loanStatus')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {outcomes.map((entry) => (
                <Table.Tr key={entry.id}>
                  <Table.Td>
                    <bdi>{formatDayMonthYear(entry.recordedOn)}</bdi>
                  </Table.Td>
                  <Table.Td>{visitText(entry)}</Table.Td>
                  <Table.Td>{employment(entry.employmentStatus)}</Table.Td>
                  <Table.Td>{income(entry.incomeBand)}</Table.Td>
                  <Table.Td>{loan(entry.loanStatus)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
      {canChange &&
        (recording ? (
          <RecordLivelihood caseId={caseId} visits={visits} onClose={() => setRecording(false)} />
        ) : (
          <Button variant="default" h={44} w="fit-content" onClick={() => setRecording(true)}>
            {t('livelihood.record')}
          </Button>
        ))}
    </Stack>
  );
}

function Fact({ label, value }: { label: string; value: string }) {
  return (
    <Stack gap={0}>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={600}>{value}</Text>
    </Stack>
  );
}

/** Recorded at a visit (the last one done is offered first) or on its own. */
function RecordLivelihood({
  caseId,
  visits,
  onClose,
}: {
  caseId: string;
  visits: FollowUpVisit[];
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const record = useRecordLivelihood(caseId);
  const done = visits.filter((visit) => visit.assessment);
  const lastDone = done[done.length - 1];
  const [visitId, setVisitId] = useState(lastDone?.id ?? '');
  const [recordedOn, setRecordedOn] = useState<string | null>(
    lastDone?.assessment?.visitedOn ?? todayInVietNam(),
  );
  const [employmentStatus, setEmployment] = useState<string | null>(null);
  const [incomeBand, setIncome] = useState<string | null>(null);
  const [loanStatus, setLoan] = useState<string | null>(null);
  const fields = useFieldErrors(record.error);

  const submit = () => {
    const required = t('errors.field.required');
    const ok = fields.accept({
      recordedOn: recordedOn ? undefined : required,
      employmentStatus: employmentStatus ? undefined : required,
      incomeBand: incomeBand ? undefined : required,
      loanStatus: loanStatus ? undefined : required,
    });
    if (!ok || !recordedOn || !employmentStatus || !incomeBand || !loanStatus) return;
    record.mutate(
      { recordedOn, employmentStatus, incomeBand, loanStatus, ...(visitId ? { visitId } : {}) },
      { onSuccess: onClose },
    );
  };

  return (
    <PartForm title={t('livelihood.record')} onSubmit={submit}>
      <NativeSelect
        label={t('livelihood.atVisit')}
        value={visitId}
        onChange={(event) => {
          const chosen = visits.find((visit) => visit.id === event.currentTarget.value);
          setVisitId(event.currentTarget.value);
          if (chosen?.assessment) setRecordedOn(chosen.assessment.visitedOn);
        }}
        data={[
          { value: '', label: t('livelihood.noVisit') },
          ...visits.map((visit) => ({
            value: visit.id,
            label: t('reintegration.visit', { months: visit.months }),
          })),
        ]}
        error={fields.errorOf('visitId')}
        size="md"
        data-testid="livelihood-visit"
      />
      <DayInput
        label={t('livelihood.recordedOn')}
        value={recordedOn}
        onChange={setRecordedOn}
        error={fields.errorOf('recordedOn')}
        required
        testId="livelihood-recorded-on"
      />
      <VocabularySelect
        vocabulary="vn-employment-status"
        label={t('livelihood.employmentStatus')}
        value={employmentStatus}
        onChange={setEmployment}
        error={fields.errorOf('employmentStatus')}
        required
        testId="livelihood-employment"
      />
      <VocabularySelect
        vocabulary="vn-income-band"
        label={t('livelihood.incomeBand')}
        value={incomeBand}
        onChange={setIncome}
        error={fields.errorOf('incomeBand')}
        required
        testId="livelihood-income"
      />
      <VocabularySelect
        vocabulary="vn-loan-status"
        label={t('livelihood.loanStatus')}
        value={loanStatus}
        onChange={setLoan}
        error={fields.errorOf('loanStatus')}
        required
        testId="livelihood-loan"
      />
      <PartFormFooter
        error={record.error}
        submitLabel={t('livelihood.save')}
        pending={record.isPending}
        onCancel={onClose}
      />
    </PartForm>
  );
}
