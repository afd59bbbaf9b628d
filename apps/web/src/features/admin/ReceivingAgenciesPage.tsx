import type { ProvinceReceivingAgency } from '@lantern/domain';
import { Badge, Button, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api } from '../../lib/api';
import { RequireSession } from '../auth/RequireSession';
import { useProvinceLabels } from '../cases/labels';
import { DoneNotice } from '../shared/Alerts';
import { DataTable } from '../shared/DataTable';
import { LoadFailed } from '../shared/LoadFailed';
import { LoadingSkeleton } from '../shared/LoadingSkeleton';
import { PageHeader } from '../shared/PageHeader';
import { ReceivingAgencyDialog, receivingAgenciesKey } from './ReceivingAgencyDialog';

/** A system administrator sets any province; a provincial coordinator reads them all and sets their own. */
export const RECEIVING_AGENCY_PERMISSIONS = ['admin.agencies.manage', 'case.read_province'];

export function ReceivingAgenciesPage() {
  return (
    <RequireSession anyOf={RECEIVING_AGENCY_PERMISSIONS}>
      <ReceivingAgencies />
    </RequireSession>
  );
}

function ReceivingAgencies() {
  const { t } = useTranslation();
  const provinceName = useProvinceLabels();
  const list = useQuery({
    queryKey: receivingAgenciesKey,
    queryFn: () => api<ProvinceReceivingAgency[]>('/api/provinces/receiving-agencies'),
  });
  const [editing, setEditing] = useState<ProvinceReceivingAgency | null>(null);
  const [done, setDone] = useState<string | null>(null);

  return (
    <Stack gap="lg" maw={960} w="100%">
      <PageHeader title={t('receivingAgencies.title')} intro={t('receivingAgencies.intro')} />
      {done && <DoneNotice onClose={() => setDone(null)}>{done}</DoneNotice>}
      {list.isPending && <LoadingSkeleton blocks={[{ height: 20, width: '40%' }, { height: 360 }]} />}
      {list.isError && (
        <LoadFailed
          title={t('receivingAgencies.loadFailed')}
          message={list.error.message}
          onRetry={() => void list.refetch()}
        />
      )}
      {list.data && (
        <>
          <Text data-testid="receiving-agencies-summary">
            {t('receivingAgencies.summary', {
              configured: list.data.filter((row) => row.configured).length,
              total: list.data.length,
            })}
          </Text>
          {list.data.some((row) => !row.mayChange) && (
            <Text size="sm" c="dimmed">
              {t('receivingAgencies.notYours')}
            </Text>
          )}
          <DataTable
            minWidth={340}
            testId="receiving-agencies-table"
            headings={[t('receivingAgencies.province'), t('receivingAgencies.receiver'), t('admin.actions')]}
            rows={list.data}
            rowKey={(row) => row.provinceCode}
            cells={(row) => (
              <>
                <Table.Td data-testid={`receiving-province-${row.provinceCode}`}>
                  <Text fw={600}>{provinceName(row.provinceCode)}</Text>
                </Table.Td>
                <Table.Td data-testid={`receiving-agency-${row.provinceCode}`}>
                  <Receiver row={row} />
                </Table.Td>
                <Table.Td>
                  {row.mayChange ? (
                    <Button
                      variant="light"
                      mih={44}
                      aria-label={t('receivingAgencies.changeFor', {
                        province: provinceName(row.provinceCode),
                      })}
                      data-testid={`receiving-change-${row.provinceCode}`}
                      onClick={() => {
                        setDone(null);
                        setEditing(row);
                      }}
                    >
                      {t('receivingAgencies.change')}
                    </Button>
                  ) : null}
                </Table.Td>
              </>
            )}
          />
        </>
      )}
      <ReceivingAgencyDialog
        row={editing}
        provinceName={editing ? provinceName(editing.provinceCode) : ''}
        onClose={() => setEditing(null)}
        onDone={(message) => {
          setEditing(null);
          setDone(message);
        }}
      />
    </Stack>
  );
}

/** The configured agency, or that none is set and where screenings go instead (words, not colour alone). */
function Receiver({ row }: { row: ProvinceReceivingAgency }) {
  const { t } = useTranslation();
  if (row.configured)
    return (
      <Stack gap={4} align="flex-start">
        <Badge variant="light" color="teal">
          {t('receivingAgencies.setBadge')}
        </Badge>
        <Text>{row.configured.name}</Text>
      </Stack>
    );
  return (
    <Stack gap={4} align="flex-start">
      <Badge variant="outline" color="gray">
        {t('receivingAgencies.notSet')}
      </Badge>
      <Text size="sm">
        {row.fallback
          ? t('receivingAgencies.fallsBackTo', { agency: row.fallback.name })
          : t('receivingAgencies.noFallback')}
      </Text>
    </Stack>
  );
}
