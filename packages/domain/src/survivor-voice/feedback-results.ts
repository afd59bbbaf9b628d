import {
  DEFAULT_SUPPRESSION_K,
  type EntryStatus,
  suppressCounts,
  suppressRatios,
} from '../indicators/suppression';
import { scoreScreening } from '../screening/score';
import { feedbackInstrument, SATISFIED_AT_LEAST } from './feedback-instrument';

export interface StoredFeedback {
  serviceType: string;
  answers: Record<string, unknown>;
}

export interface ServiceResult {
  serviceType: string;
  responses: number | null;
  satisfiedPercent: number | null;
  questions: Record<string, Record<string, number | null>>;
}

/** "Satisfied": the answered scored questions average at least SATISFIED_AT_LEAST; null when none was answered. */
export function isSatisfied(answers: Record<string, unknown>): boolean | null {
  const composite = scoreScreening(feedbackInstrument, answers).composite;
  return composite === null || composite === undefined ? null : composite >= SATISFIED_AT_LEAST;
}

const questions = feedbackInstrument.sections.flatMap((section) => section.questions);
const shown = (status: EntryStatus | undefined, value: number) => (status === 'shown' ? value : null);

/**
 * Feedback of one agency in aggregate, per service, through the programme's k-suppression rule: response
 * counts, the share satisfied and each question's answers are tables (services × columns) suppressed as the
 * indicators are, so no published number describes fewer than k people nor lets one be worked out.
 * A skipped question counts as "declined", so every question's row adds up to the service's responses.
 */
export function feedbackResults(rows: readonly StoredFeedback[], k = DEFAULT_SUPPRESSION_K) {
  const services = [...new Set(rows.map((row) => row.serviceType))].sort();
  const of = (service: string) => rows.filter((row) => row.serviceType === service);
  const responses = suppressCounts({ cells: services.map((s) => [of(s).length]), columns: 1 }, k);
  const satisfaction = services.map((s) => of(s).map((row) => isSatisfied(row.answers)));
  const rated = satisfaction.map((list) => [list.filter((value) => value !== null).length]);
  const satisfied = satisfaction.map((list) => [list.filter((value) => value === true).length]);
  const ratios = suppressRatios({ cells: satisfied, columns: 1 }, { cells: rated, columns: 1 }, k);
  const perQuestion = questions.map((question) => {
    const values = [...(question.options ?? []).map((option) => option.value), 'declined'];
    const cells = services.map((s) =>
      values.map(
        (value) =>
          of(s).filter((row) => {
            const answer = row.answers[question.id];
            return value === 'declined' ? answer === undefined || answer === 'declined' : answer === value;
          }).length,
      ),
    );
    return { question, values, cells, status: suppressCounts({ cells, columns: values.length }, k) };
  });
  const results: ServiceResult[] = services.map((serviceType, index) => {
    const ratioShown = ratios.entries[index]?.[0] === 'shown';
    const denominator = rated[index]?.[0] ?? 0;
    const numerator = satisfied[index]?.[0] ?? 0;
    return {
      serviceType,
      responses: shown(responses.entries[index]?.[0], of(serviceType).length),
      satisfiedPercent: ratioShown && denominator > 0 ? Math.round((100 * numerator) / denominator) : null,
      questions: Object.fromEntries(
        perQuestion.map(({ question, values, cells, status }) => [
          question.id,
          Object.fromEntries(
            values.map((value, column) => [
              value,
              shown(status.entries[index]?.[column], cells[index]?.[column] ?? 0),
            ]),
          ),
        ]),
      ),
    };
  });
  const totalStatus = responses.entries[services.length]?.[1];
  return { services: results, totalResponses: shown(totalStatus, rows.length) };
}
