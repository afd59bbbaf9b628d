import type { AnswerValue } from '@lantern/domain';

export interface AssessmentDraft {
  step: number;
  visitedOn: string | null;
  answers: Record<string, AnswerValue>;
}

// Answers about how a named case's person lives and feels: kept in sessionStorage only (gone when the tab
// closes), per user, case and visit, so a reload or a wrong tap does not lose a visit's work but a shared
// phone does not keep it for the next officer.
const keyFor = (userId: string, caseId: string, visitId: string) =>
  `lantern.reintegration.draft.${userId}.${caseId}.${visitId}`;

export function loadAssessmentDraft(userId: string, caseId: string, visitId: string): AssessmentDraft | null {
  try {
    const raw = sessionStorage.getItem(keyFor(userId, caseId, visitId));
    const parsed = raw ? (JSON.parse(raw) as Partial<AssessmentDraft>) : null;
    if (!parsed || typeof parsed.answers !== 'object' || parsed.answers === null) return null;
    return {
      step: typeof parsed.step === 'number' ? parsed.step : 0,
      visitedOn: typeof parsed.visitedOn === 'string' ? parsed.visitedOn : null,
      answers: parsed.answers,
    };
  } catch {
    return null;
  }
}

export function saveAssessmentDraft(userId: string, caseId: string, visitId: string, draft: AssessmentDraft) {
  try {
    sessionStorage.setItem(keyFor(userId, caseId, visitId), JSON.stringify(draft));
  } catch {
    // Storage refused (private mode, full): the form still works, only without the safety net.
  }
}

export function discardAssessmentDraft(userId: string, caseId: string, visitId: string) {
  try {
    sessionStorage.removeItem(keyFor(userId, caseId, visitId));
  } catch {
    // Nothing to remove.
  }
}
