import { Button, Group, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { hasPermission } from '../../lib/session';
import { useActiveSession } from '../auth/RequireSession';
import { formatDayMonthYear } from '../reference/dates';
import { AnchorLink } from '../shell/links';
import { AttachScreeningButton } from './AttachScreeningButton';
import { BreakGlassDialog } from './BreakGlassDialog';
import { CoordinationRequestButton, RecordHolderLine } from './CoordinationRequest';
import classes from './cases.module.css';
import { useProvinceLabels } from './labels';
import { MatchCard } from './MatchCard';
import type { MatchCandidate } from './queries';

/** A person registration's search found: open it, ask for emergency access, or mark them someone else. */
export function CandidateCard({
  candidate,
  despite,
  onDespite,
  handOffId,
  onAttached,
}: {
  candidate: MatchCandidate;
  despite: boolean;
  onDespite: (caseCode: string, despite: boolean) => void;
  /** The screening hand-off this registration answers, when it started from one. */
  handOffId?: string;
  onAttached?: (caseId: string) => void;
}) {
  const { t } = useTranslation();
  const session = useActiveSession();
  const province = useProvinceLabels();
  const alike = candidate.reasons.filter((reason) => reason.weight > 0);
  const different = candidate.reasons.filter((reason) => reason.weight < 0);
  const probable = candidate.band === 'probable';
  const code = candidate.caseCode;
  const [breakingGlass, setBreakingGlass] = useState(false);

  return (
    <MatchCard
      band={candidate.band}
      decided={despite}
      testId="register-candidate"
      gap="xs"
      alike={alike}
      different={different}
      settleWith={candidate.settleWith}
      aside={
        code && (
          <Text fw={700} className={classes.ltr} data-testid="candidate-code">
            {code}
          </Text>
        )
      }
      lead={
        candidate.fullName ? (
          <Text dir="auto">
            <Text span fw={600}>
              {candidate.fullName}
            </Text>
            {candidate.dateOfBirth && (
              <>
                {' · '}
                <span className={classes.ltr}>{formatDayMonthYear(candidate.dateOfBirth)}</span>
              </>
            )}
          </Text>
        ) : (
          <Text size="sm" c="dimmed">
            <span className={classes.masked}>••••</span> {t('casesWeb.register.identityHidden')}
          </Text>
        )
      }
    >
      {candidate.inScope && candidate.caseId ? (
        <Text size="sm">{t('casesWeb.register.inScope')}</Text>
      ) : (
        <Text size="sm">
          {t('casesWeb.register.otherAgency', {
            province: province(candidate.ownerProvinceCode) || t('casesWeb.unknownProvince'),
          })}
          {hasPermission(session, 'case.break_glass') && !candidate.caseId && (
            <> {t('casesWeb.register.breakGlassHint')}</>
          )}
        </Text>
      )}
      <RecordHolderLine holder={candidate.holder} />
      {candidate.coordinationRef && <CoordinationRequestButton reference={candidate.coordinationRef} />}
      {despite && (
        <Text size="sm" fw={600} role="status">
          {t('casesWeb.register.markedOther')}
        </Text>
      )}
      {handOffId &&
        onAttached &&
        candidate.inScope &&
        candidate.caseId &&
        hasPermission(session, 'case.update') && (
          <AttachScreeningButton handOffId={handOffId} caseId={candidate.caseId} onAttached={onAttached} />
        )}
      <Group gap="sm">
        {candidate.inScope && candidate.caseId && (
          <AnchorLink
            to="/cases/$id"
            params={{ id: candidate.caseId }}
            target="_blank"
            rel="noopener"
            fw={600}
            py={10}
          >
            {t('casesWeb.register.openCase')}
          </AnchorLink>
        )}
        {!candidate.inScope && candidate.caseId && hasPermission(session, 'case.break_glass') && (
          <Button variant="default" h={44} onClick={() => setBreakingGlass(true)}>
            {t('casesWeb.register.breakGlassOpen')}
          </Button>
        )}
        {code && probable && (
          <Button
            variant={despite ? 'subtle' : 'default'}
            h={44}
            onClick={() => onDespite(code, !despite)}
            data-testid="candidate-someone-else"
          >
            {despite ? t('casesWeb.register.undoOther') : t('casesWeb.register.someoneElse')}
          </Button>
        )}
      </Group>
      {!probable && (
        <Text size="xs" c="dimmed">
          {t('casesWeb.register.possibleNote')}
        </Text>
      )}
      {breakingGlass && candidate.caseId && (
        <BreakGlassDialog
          caseId={candidate.caseId}
          opened
          onClose={() => setBreakingGlass(false)}
          onGranted={() => {
            setBreakingGlass(false);
            window.open(`/cases/${encodeURIComponent(candidate.caseId ?? '')}`, '_blank', 'noopener');
          }}
        />
      )}
    </MatchCard>
  );
}
