import type { Referral } from '@lantern/domain';
import { Group, Table } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatList } from '../../lib/format';
import { currentLocale } from '../../lib/i18n';
import classes from '../cases/cases.module.css';
import { useVocabularyLabels } from '../cases/labels';
import { DataTable } from '../shared/DataTable';
import { AnchorLink } from '../shell/links';
import { AnswerDialog } from './AnswerDialog';
import { EscalationBadge, KindBadge, StatusBadge, TimerBadge, UrgencyBadge, useNow } from './ReferralBadges';
import { RowActions } from './RowActions';

/** The inbox's rows: who, what, how urgent, where it stands and how long is left; answers in one step. */
export function ReferralTable({
  items,
  direction,
}: {
  items: Referral[];
  direction: 'incoming' | 'outgoing';
}) {
  const { t } = useTranslation();
  const now = useNow();
  const service = useVocabularyLabels('vn-referral-service');
  const [declining, setDeclining] = useState<Referral | null>(null);
  return (
    <>
      <DataTable
        minWidth={960}
        testId="referrals-table"
        rowTestId="referral-row"
        highlightOnHover
        headings={[
          t('referralsWeb.list.case'),
          direction === 'incoming' ? t('referralsWeb.list.from') : t('referralsWeb.list.to'),
          t('referralsWeb.list.services'),
          t('referralsWeb.list.urgency'),
          t('referralsWeb.list.status'),
          t('referralsWeb.list.deadline'),
          direction === 'incoming' && <span key="actions">{t('referralsWeb.list.actions')}</span>,
        ]}
        rows={items}
        rowKey={(row) => row.id}
        cells={(row) => (
          <>
            <Table.Td>
              <AnchorLink
                to="/referrals/$id"
                params={{ id: row.id }}
                className={`${classes.codeLink} ${classes.ltr}`}
                aria-label={t('referralsWeb.list.open', { code: row.caseCode ?? t('handoffWeb.screening') })}
              >
                {row.caseCode ?? t('handoffWeb.screening')}
              </AnchorLink>
            </Table.Td>
            <Table.Td>{direction === 'incoming' ? row.from.name : row.to.name}</Table.Td>
            <Table.Td>
              <KindBadge kind={row.kind} />{' '}
              {formatList(
                row.services.map((code) => service(code)),
                currentLocale(),
              )}
            </Table.Td>
            {/* Badges clip rather than widen a squeezed column; these keep room for their longest word. */}
            <Table.Td miw={96}>
              <UrgencyBadge urgency={row.urgency} />
            </Table.Td>
            <Table.Td miw={120}>
              <StatusBadge status={row.status} />
            </Table.Td>
            <Table.Td>
              <Group gap={6}>
                <TimerBadge referral={row} now={now} />
                <EscalationBadge level={row.escalationLevel} />
              </Group>
            </Table.Td>
            {direction === 'incoming' && (
              <Table.Td>
                <RowActions referral={row} onDecline={() => setDeclining(row)} />
              </Table.Td>
            )}
          </>
        )}
      />
      {declining && <AnswerDialog referral={declining} step="decline" onClose={() => setDeclining(null)} />}
    </>
  );
}
