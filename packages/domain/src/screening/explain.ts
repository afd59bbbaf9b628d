import type { Locale } from '../i18n/locales';
import { translate } from '../i18n/translate';
import type { Expression } from './expression';
import type { Instrument, ThresholdClause } from './instrument-schema';
import { findNeed } from './needs';
import type { GroupFinding, IndicatorFinding, ScreeningOutcome, ScreeningResult } from './result';

/**
 * A result in words, in the user's language: the same explanation for the result screen, the printed
 * record and the command line. It names what was found, what the rule needed, what is still open and
 * what to do next — decision support, never a verdict.
 */
export interface Explanation {
  headline: string;
  disclaimer: string;
  sourceNotice?: string;
  subject: string;
  groups: Array<{ id: string; label: string; positive: boolean; status: string; present: string[] }>;
  rule?: string;
  threshold?: string;
  open: string[];
  whatIf: string[];
  needs: Array<{ id: string; label: string; immediate: boolean }>;
  nextSteps: string[];
}

const outcomeKey: Record<ScreeningOutcome, string> = {
  'no-indicators': 'noIndicators',
  'some-indicators': 'someIndicators',
  'possible-victim': 'possibleVictim',
  scored: 'scored',
};

export function outcomeLabel(locale: Locale, outcome: ScreeningOutcome): string {
  return translate(locale, `screening.outcome.${outcomeKey[outcome]}`);
}

/** Labels of the instrument's items: an option's label, or the question's wording for a yes-no item. */
export function indicatorLabel(instrument: Instrument, finding: IndicatorFinding, locale: Locale): string {
  const question = instrument.sections.flatMap((s) => s.questions).find((q) => q.id === finding.question);
  if (!question) return finding.id;
  if (finding.option === undefined) return question.prompt[locale];
  return question.options?.find((option) => option.value === finding.option)?.labels[locale] ?? finding.id;
}

function groupLabel(instrument: Instrument, id: string, locale: Locale): string {
  const rule = instrument.scoring;
  const groups = rule.kind === 'element-combination' ? rule.elements : rule.dimensions;
  return groups.find((group) => group.id === id)?.labels[locale] ?? id;
}

function clauseText(locale: Locale, clause: ThresholdClause): string {
  return (['strong', 'medium', 'weak'] as const)
    .filter((grade) => (clause[grade] ?? 0) > 0)
    .map((grade) => translate(locale, `screening.explain.count.${grade}`, { count: clause[grade] ?? 0 }))
    .join(' + ');
}

function expressionText(instrument: Instrument, expression: Expression, locale: Locale): string {
  if (typeof expression === 'string') return groupLabel(instrument, expression, locale);
  const parts = ('all' in expression ? expression.all : expression.any).map((part) =>
    expressionText(instrument, part, locale),
  );
  const key = 'all' in expression ? 'screening.explain.allOf' : 'screening.explain.anyOf';
  return translate(locale, key, { items: parts.join('; ') });
}

function groupStatus(locale: Locale, group: GroupFinding): string {
  if (group.score !== undefined)
    return translate(locale, 'screening.explain.subScore', { score: group.score, max: group.maxScore ?? 0 });
  if (group.clause)
    return translate(locale, 'screening.explain.positiveBy', { clause: clauseText(locale, group.clause) });
  if (group.counts) {
    const counts = clauseText(locale, group.counts);
    return counts
      ? translate(locale, 'screening.explain.notEnough', { clause: counts })
      : translate(locale, 'screening.explain.nonePresent');
  }
  return translate(locale, group.positive ? 'screening.explain.present' : 'screening.explain.nonePresent');
}

/**
 * `verified`: an administrator has checked this secondary-source version against its primary source (the
 * instrument summary's `verification`), so the result no longer warns about it.
 */
export function explainResult(
  instrument: Instrument,
  result: ScreeningResult,
  locale: Locale,
  options: { verified?: boolean } = {},
): Explanation {
  const t = (key: string, params?: Record<string, string | number>) => translate(locale, key, params);
  const label = (finding: IndicatorFinding) => indicatorLabel(instrument, finding, locale);
  const findings = result.groups.flatMap((group) => group.indicators);
  const whatIf: string[] = [];
  if (result.whatIf.ifChild && result.whatIf.ifChild !== result.outcome)
    whatIf.push(t('screening.explain.ifChild', { outcome: outcomeLabel(locale, result.whatIf.ifChild) }));
  if (result.whatIf.ifOpenIndicatorsPresent !== result.outcome)
    whatIf.push(
      t('screening.explain.ifOpenPresent', {
        outcome: outcomeLabel(locale, result.whatIf.ifOpenIndicatorsPresent),
      }),
    );
  const needs = result.needs.map((id) => {
    const need = findNeed(id);
    return { id, label: need?.labels[locale] ?? id, immediate: need?.immediate ?? false };
  });
  const nextSteps: string[] = [];
  if (needs.some((need) => need.immediate)) nextSteps.push(t('screening.next.immediateNeeds'));
  if (result.outcome === 'possible-victim')
    nextSteps.push(t('screening.next.referForIdentification'), t('screening.next.registerCase'));
  if (result.outcome === 'some-indicators') nextSteps.push(t('screening.next.keepInTouch'));
  if (result.outcome === 'scored' && needs.length > 0) nextSteps.push(t('screening.next.referNeeds'));
  const secondary = result.sourceStatus === 'secondary' && !options.verified;
  return {
    headline: outcomeLabel(locale, result.outcome),
    disclaimer: t('screening.explain.disclaimer'),
    ...(secondary ? { sourceNotice: t('screening.explain.secondarySource') } : {}),
    ...(result.sourceStatus === 'local' ? { sourceNotice: t('screening.explain.localSource') } : {}),
    subject: t(`screening.subject.${result.subject}`),
    groups: result.groups.map((group) => ({
      id: group.id,
      label: groupLabel(instrument, group.id, locale),
      positive: group.positive,
      status: groupStatus(locale, group),
      present: group.indicators.filter((finding) => finding.state === 'present').map(label),
    })),
    ...(result.combination ? { rule: expressionText(instrument, result.combination, locale) } : {}),
    ...(result.threshold
      ? {
          threshold: result.threshold
            .map((clause) => clauseText(locale, clause))
            .join(t('screening.explain.or')),
        }
      : {}),
    open: openQuestions(instrument, result, findings, locale),
    whatIf,
    needs,
    nextSteps,
  };
}

/**
 * The open items that could change the outcome, in words. A choice question left unanswered as a whole is
 * named once by its wording, rather than once per option.
 */
function openQuestions(
  instrument: Instrument,
  result: ScreeningResult,
  findings: readonly IndicatorFinding[],
  locale: Locale,
): string[] {
  const lines: string[] = [];
  const named = new Set<string>();
  const questions = instrument.sections.flatMap((section) => section.questions);
  for (const id of result.whatIf.decisive) {
    const finding = findings.find((candidate) => candidate.id === id);
    if (!finding) continue;
    const wholeQuestionOpen =
      finding.option !== undefined &&
      findings
        .filter((other) => other.question === finding.question)
        .every((other) => other.state === finding.state);
    if (!wholeQuestionOpen) {
      lines.push(indicatorLabel(instrument, finding, locale));
      continue;
    }
    if (named.has(finding.question)) continue;
    named.add(finding.question);
    const question = questions.find((candidate) => candidate.id === finding.question);
    lines.push(question ? question.prompt[locale] : finding.question);
  }
  return lines;
}

/** The explanation as plain text lines (command line, logs of a dry run). */
export function explanationLines(explanation: Explanation, locale: Locale): string[] {
  const t = (key: string) => translate(locale, key);
  const lines = [explanation.headline, explanation.disclaimer];
  if (explanation.sourceNotice) lines.push(explanation.sourceNotice);
  lines.push(`${t('screening.explain.subjectLabel')}: ${explanation.subject}`, '');
  for (const group of explanation.groups) {
    lines.push(`${group.positive ? '✔' : '·'} ${group.label}: ${group.status}`);
    for (const item of group.present) lines.push(`    – ${item}`);
  }
  if (explanation.rule) lines.push('', `${t('screening.explain.ruleLabel')}: ${explanation.rule}`);
  if (explanation.threshold) lines.push(`${t('screening.explain.thresholdLabel')}: ${explanation.threshold}`);
  if (explanation.open.length > 0) {
    lines.push('', `${t('screening.explain.openLabel')}:`);
    for (const item of explanation.open) lines.push(`    ? ${item}`);
  }
  for (const line of explanation.whatIf) lines.push(line);
  if (explanation.needs.length > 0)
    lines.push(
      '',
      `${t('screening.explain.needsLabel')}: ${explanation.needs.map((n) => n.label).join(', ')}`,
    );
  if (explanation.nextSteps.length > 0) {
    lines.push('', `${t('screening.explain.nextLabel')}:`);
    for (const step of explanation.nextSteps) lines.push(`    → ${step}`);
  }
  return lines;
}
