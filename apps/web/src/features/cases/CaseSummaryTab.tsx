import { type CaseAction, type CaseDetail, todayInVietNam } from '@lantern/domain';
import { Button, Group, Stack, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useActiveSession } from '../auth/RequireSession';
import { formatDayMonthYear } from '../reference/dates';
import { Panel } from '../shared/Panel';
import { AnchorLink } from '../shell/links';
import { StatusCheckPanel } from '../survivor/StatusCheckPanel';
import { CoordinationRequestButton, RecordHolderLine } from './CoordinationRequest';
import classes from './cases.module.css';
import { Definition, Definitions } from './Definitions';
import {
  deadlineText,
  mayChange,
  stateText,
  useProvinceLabels,
  useVocabularyLabels,
  verificationDeadline,
} from './labels';
import { TransitionDialog } from './TransitionDialog';

// Ending a case is kept apart from the steps forward, so it is not pressed by mistake.
const QUIET_ACTIONS: readonly CaseAction[] = ['close', 'record_not_victim'];

export function SummaryTab({ detail }: { detail: CaseDetail }) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const province = useProvinceLabels();
  const decidedBy = useVocabularyLabels('status-deciding-organisation');
  const traffickingStatus = useVocabularyLabels('trafficking-status');
  const [action, setAction] = useState<CaseAction | null>(null);
  const deadline = verificationDeadline(detail.state, detail.verificationDueOn, todayInVietNam());
  const canAct = mayChange(detail.access, session.user.permissions, 'case.update');
  const actions = canAct ? detail.allowedActions : [];

  return (
    <Stack gap="lg">
      <Definitions testId="case-summary">
        <Definition label={t('casesWeb.summary.code')}>
          <span className={classes.ltr}>{detail.code}</span>
        </Definition>
        <Definition label={t('casesWeb.summary.state')}>{stateText(t, detail.state)}</Definition>
        <Definition label={t('casesWeb.summary.received')}>
          <span className={classes.ltr}>{formatDayMonthYear(detail.receivedOn)}</span>
        </Definition>
        <Definition label={t('casesWeb.summary.deadline')}>
          <span className={classes.ltr}>{formatDayMonthYear(detail.verificationDueOn)}</span>
          {deadline.kind !== 'none' && ` — ${deadlineText(t, deadline)}`}
        </Definition>
        <Definition label={t('casesWeb.summary.province')}>{province(detail.provinceCode)}</Definition>
        <Definition label={t('casesWeb.summary.traffickingStatus')}>
          {traffickingStatus(detail.traffickingStatus)}
        </Definition>
        {detail.statusDecision && (
          <Definition label={t('casesWeb.summary.decision')}>
            {t('casesWeb.summary.decisionText', {
              by: decidedBy(detail.statusDecision.decidedBy),
              on: formatDayMonthYear(detail.statusDecision.decidedOn),
              basis: detail.statusDecision.legalBasis,
            })}
          </Definition>
        )}
        {detail.closureReason && (
          <Definition label={t('casesWeb.summary.closureReason')}>
            {t(`case.closureReason.${detail.closureReason}`)}
          </Definition>
        )}
      </Definitions>

      {detail.screeningIds.length > 0 && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('casesWeb.summary.screenings')}
          </Title>
          {detail.screeningIds.map((screeningId, index) => (
            <AnchorLink
              key={screeningId}
              to="/screenings/$id"
              params={{ id: screeningId }}
              py={6}
              w="fit-content"
            >
              {t('casesWeb.summary.screeningLink', { number: index + 1 })}
            </AnchorLink>
          ))}
        </Stack>
      )}

      {detail.linkedCases.length > 0 && (
        <Stack gap={4}>
          <Title order={2} size="h4">
            {t('casesWeb.summary.linked')}
          </Title>
          <Text size="sm">{t('casesWeb.summary.linkedIntro')}</Text>
          {detail.linkedCases.map((linked) =>
            linked.caseId ? (
              <AnchorLink
                key={linked.code}
                to="/cases/$id"
                params={{ id: linked.caseId }}
                py={6}
                w="fit-content"
              >
                {t('casesWeb.summary.linkedCase', {
                  code: linked.code,
                  province: province(linked.provinceCode),
                })}
              </AnchorLink>
            ) : (
              // Held by another agency: who (when it lets itself be named) and a way to ask it to coordinate.
              <Stack key={linked.code} gap={4} data-testid="linked-elsewhere">
                <Text>
                  {t('casesWeb.summary.linkedCase', {
                    code: linked.code,
                    province: province(linked.provinceCode),
                  })}
                </Text>
                <RecordHolderLine holder={linked.holder} />
                {linked.coordinationRef && <CoordinationRequestButton reference={linked.coordinationRef} />}
              </Stack>
            ),
          )}
        </Stack>
      )}

      {canAct && (
        <Panel title={t('casesWeb.summary.nextSteps')} padding="md" titleSize="h4">
          {actions.length === 0 ? (
            <Text>{t('casesWeb.summary.noActions')}</Text>
          ) : (
            <Group gap="sm">
              {actions.map((known) => (
                <Button
                  key={known}
                  h={44}
                  variant={QUIET_ACTIONS.includes(known) ? 'default' : 'filled'}
                  onClick={() => setAction(known)}
                  data-testid={`action-${known}`}
                >
                  {t(`case.action.${known}`)}
                </Button>
              ))}
            </Group>
          )}
        </Panel>
      )}
      {/* survivor voice (#20): the owning agency's case workers manage the person's status code */}
      {canAct && <StatusCheckPanel caseId={detail.id} />}
      <TransitionDialog detail={detail} action={action} onClose={() => setAction(null)} />
    </Stack>
  );
}
