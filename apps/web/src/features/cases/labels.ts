import type { CaseState } from '@lantern/domain';
import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useProvinces, useVocabulary } from '../reference/queries';
import type { Tone } from '../shell/ToneBadge';

// Cases waiting for the verification decision are the urgent ones; closed and "not a victim" are at rest.
const stateTones: Record<CaseState, Tone> = {
  received: 'warning',
  under_verification: 'warning',
  identified: 'info',
  not_victim: 'neutral',
  receiving_support: 'positive',
  reintegration: 'positive',
  closed: 'neutral',
};

export function stateTone(state: CaseState): Tone {
  return stateTones[state];
}

export function stateText(t: TFunction, state: CaseState): string {
  return t(`case.state.${state}`);
}

/** Where a case stands against the 3-day verification deadline (Law 53/2024/QH15 Art. 27). */
export type Deadline =
  | { kind: 'none' }
  | { kind: 'left'; days: number }
  | { kind: 'today' }
  | { kind: 'overdue'; days: number };

const DAY_MS = 86_400_000;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / DAY_MS);
}

/** Only a case still waiting for the decision has a running deadline. */
export function verificationDeadline(state: CaseState, dueOn: string, today: string): Deadline {
  if (state !== 'received' && state !== 'under_verification') return { kind: 'none' };
  const days = daysBetween(today, dueOn);
  if (days > 0) return { kind: 'left', days };
  if (days === 0) return { kind: 'today' };
  return { kind: 'overdue', days: -days };
}

export function deadlineTone(deadline: Deadline): Tone {
  if (deadline.kind === 'overdue') return 'negative';
  if (deadline.kind === 'today' || (deadline.kind === 'left' && deadline.days <= 1)) return 'warning';
  return deadline.kind === 'none' ? 'neutral' : 'info';
}

/** The deadline in words; `short` where the column already says "verification deadline". */
export function deadlineText(t: TFunction, deadline: Deadline, short = false): string {
  const key = (name: string) => `casesWeb.deadline.${short ? 'short.' : ''}${name}`;
  switch (deadline.kind) {
    case 'left':
      return deadline.days === 1 ? t(key('oneDayLeft')) : t(key('daysLeft'), { count: deadline.days });
    case 'today':
      return t(key('today'));
    case 'overdue':
      return deadline.days === 1 ? t(key('overdueOneDay')) : t(key('overdueDays'), { count: deadline.days });
    default:
      return t('casesWeb.deadline.none');
  }
}

export function matchReasonText(t: TFunction, code: string): string {
  return t(`case.matchReason.${code}`, { defaultValue: code });
}

/** Timeline lines: the case-work names where they exist, ours for the rest, else the raw kind. */
export function timelineKindText(t: TFunction, kind: string): string {
  return t([`caseWork.event.${kind}`, `casesWeb.timeline.kind.${kind}`, `consentSharing.timeline.${kind}`], {
    defaultValue: kind,
  });
}

/** The names of a vocabulary's codes in the reader's language; a stored code no longer offered keeps its name. */
export function useVocabularyLabels(id: string) {
  const vocabulary = useVocabulary(id);
  return useMemo(() => {
    const labels = new Map<string, string>();
    for (const entry of [...(vocabulary.data?.codes ?? []), ...(vocabulary.data?.retiredCodes ?? [])])
      labels.set(entry.code, entry.label);
    return (code: string | null | undefined) => (code ? (labels.get(code) ?? code) : '');
  }, [vocabulary.data]);
}

export function useProvinceLabels() {
  const provinces = useProvinces('2025');
  return useMemo(() => {
    const labels = new Map((provinces.data?.units ?? []).map((unit) => [unit.code, unit.label]));
    return (code: string | null | undefined) => (code ? (labels.get(code) ?? code) : '');
  }, [provinces.data]);
}

/** Changes are the owning agency's: the server refuses anyone else, so no one else is offered them. */
export function mayChange(
  access: string,
  permissions: readonly string[],
  ...anyOf: Array<'case.update' | 'support.manage'>
): boolean {
  return access === 'agency' && anyOf.some((permission) => permissions.includes(permission));
}
