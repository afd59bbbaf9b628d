import { Group, Paper, Stack, Text } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ToneBadge } from '../shell/ToneBadge';
import classes from './cases.module.css';
import { matchReasonText } from './labels';

type Reason = { code: string; weight: number };

interface MatchCardProps {
  band: 'probable' | 'possible';
  decided: boolean;
  testId: string;
  /** Badges beside the band (a pair's status). */
  badges?: ReactNode;
  /** The right end of the header line (a case code, a date). */
  aside?: ReactNode;
  /** What stands between the header and the reasons (the candidate's name). */
  lead?: ReactNode;
  alike: readonly Reason[];
  different: readonly Reason[];
  /** For a possible match, what would settle it (matching's `settleWith`). */
  settleWith?: readonly string[];
  gap: 'xs' | 'sm';
  children: ReactNode;
}

/**
 * One possible match of a person, as registration's search and the duplicates review both show it: how
 * likely, what is alike and what differs. A user comparing records meets one card and one vocabulary.
 */
export function MatchCard({
  band,
  decided,
  testId,
  badges,
  aside,
  lead,
  alike,
  different,
  settleWith = [],
  gap,
  children,
}: MatchCardProps) {
  const { t } = useTranslation();
  const probable = band === 'probable';
  const bandBadge = (
    <ToneBadge tone={probable ? 'negative' : 'warning'}>
      {probable ? t('casesWeb.register.bandProbable') : t('casesWeb.register.bandPossible')}
    </ToneBadge>
  );
  return (
    <Paper
      component="li"
      withBorder
      p="md"
      className={classes.candidate}
      data-band={band}
      data-decided={decided || undefined}
      data-testid={testId}
    >
      <Stack gap={gap}>
        <Group justify="space-between" gap="xs" align="flex-start">
          {badges ? (
            <Group gap="xs">
              {bandBadge}
              {badges}
            </Group>
          ) : (
            bandBadge
          )}
          {aside}
        </Group>
        {lead}
        <ReasonLine label={t('casesWeb.register.alike')} reasons={alike} />
        <ReasonLine label={t('casesWeb.register.different')} reasons={different} />
        {settleWith.length > 0 && (
          <Text size="sm" data-testid="settle-with">
            <Text span fw={600}>
              {t('casesWeb.register.settleWith')}:
            </Text>{' '}
            {settleWith.map((evidence) => t(`casesWeb.register.settle.${evidence}`)).join('; ')}
          </Text>
        )}
        {children}
      </Stack>
    </Paper>
  );
}

function ReasonLine({ label, reasons }: { label: string; reasons: readonly Reason[] }) {
  const { t } = useTranslation();
  if (reasons.length === 0) return null;
  return (
    <Text size="sm">
      <Text span fw={600}>
        {label}:
      </Text>{' '}
      {reasons.map((reason) => matchReasonText(t, reason.code)).join('; ')}
    </Text>
  );
}
