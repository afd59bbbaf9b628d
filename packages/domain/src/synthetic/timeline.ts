import {
  type CaseAction,
  type CaseState,
  type ClosureReason,
  checkTransition,
  type StatusDecision,
  type TransitionInput,
} from '../cases/lifecycle';
import { REFORM_DATE } from '../reference/dates';
import { between, chance, drawWeighted, isoOf, type Random, skewed } from './random';

export interface Step {
  day: number;
  action: CaseAction;
  from: CaseState;
  to: CaseState;
  closureReason?: ClosureReason;
  /** Why a closed case was reopened, in the case worker's words (the loader seals it). */
  reason?: string;
}

export type Stage = 'reception' | 'support' | 'reintegration' | 'not_victim';

export interface Phase {
  stage: Stage;
  from: number;
  to: number;
}

export interface Timeline {
  steps: Step[];
  state: CaseState;
  closedFrom?: CaseState;
  closureReason?: ClosureReason;
  decision?: StatusDecision;
  /** The stretches of the case's life, for dating notes and tasks. */
  phases: Phase[];
}

export interface TimelineInput {
  receivedDay: number;
  asOfDay: number;
  notVictim: number;
  /** A second agency's record: sometimes closed as a duplicate once noticed. */
  duplicate: boolean;
  receivedByBorderGuard: boolean;
  crossBorder: boolean;
}

const REOPEN_REASONS = [
  'Người được hỗ trợ liên hệ lại và đề nghị tiếp tục được hỗ trợ.',
  'Gia đình báo người được hỗ trợ đã trở về địa phương, cần tiếp tục theo dõi.',
  'Đóng hồ sơ nhầm; mở lại để tiếp tục hỗ trợ.',
];

/** Who decided, on which day, and on what legal basis (the law in force on that day). */
function decisionFor(random: Random, day: number, input: TimelineInput, victim: boolean): StatusDecision {
  const decidedBy = input.receivedByBorderGuard
    ? chance(random, 0.7)
      ? 'vn.BorderGuard'
      : 'Police'
    : drawWeighted(random, [
        ['Police', 82],
        ['NonPoliceGovernmentalOrganization', 10],
        ['vn.BorderGuard', input.crossBorder ? 5 : 0],
        ['CourtOrProsecution', 3],
      ]);
  const decidedOn = isoOf(day);
  const law =
    decidedOn >= REFORM_DATE
      ? 'Luật Phòng, chống mua bán người số 53/2024/QH15; Nghị định số 162/2025/NĐ-CP'
      : 'Luật Phòng, chống mua bán người năm 2011; Nghị định số 62/2012/NĐ-CP';
  const legalBasis = victim
    ? chance(random, 0.5)
      ? law
      : `Kết quả xác minh của cơ quan công an; ${law}`
    : `Không đủ căn cứ xác định là nạn nhân bị mua bán người theo ${law}`;
  return { decidedBy, decidedOn, legalBasis };
}

/** Plays transitions one at a time; each refuses (returns false) a step that would fall after `asOfDay`. */
class Simulation {
  readonly timeline: Timeline = { steps: [], state: 'received', phases: [] };
  private day: number;
  private phase: Phase;
  private readonly today: string;

  constructor(
    private readonly random: Random,
    private readonly input: TimelineInput,
  ) {
    this.day = input.receivedDay;
    this.today = isoOf(input.asOfDay);
    this.phase = { stage: 'reception', from: this.day, to: input.asOfDay };
    this.timeline.phases.push(this.phase);
  }

  go(
    delay: number,
    action: CaseAction,
    victim?: boolean,
    closureReason?: ClosureReason,
    reason?: string,
  ): boolean {
    const { timeline, input } = this;
    const next = this.day + Math.max(0, Math.round(delay));
    if (next > input.asOfDay) return false;
    const decision = victim === undefined ? undefined : decisionFor(this.random, next, input, victim);
    const transition: TransitionInput = {};
    if (decision) transition.decision = decision;
    if (closureReason) transition.closureReason = closureReason;
    if (reason) transition.reason = reason;
    const result = checkTransition(timeline.state, action, transition, {
      closedFrom: timeline.closedFrom ?? null,
      today: this.today,
    });
    if (!result.ok)
      throw new Error(`synthetic timeline: ${action} from ${timeline.state}: ${result.problem}`);
    const step: Step = { day: next, action, from: timeline.state, to: result.to };
    if (closureReason) step.closureReason = closureReason;
    if (reason) step.reason = reason;
    timeline.steps.push(step);
    if (decision) timeline.decision = decision;
    if (action === 'close') {
      timeline.closedFrom = timeline.state;
      timeline.closureReason = closureReason as ClosureReason;
    } else if (action === 'reopen') {
      delete timeline.closedFrom;
      delete timeline.closureReason;
    }
    timeline.state = result.to;
    this.day = next;
    this.phase.to = next;
    const stage: Stage | undefined =
      result.to === 'receiving_support' || result.to === 'identified'
        ? 'support'
        : result.to === 'reintegration'
          ? 'reintegration'
          : result.to === 'not_victim'
            ? 'not_victim'
            : result.to === 'closed'
              ? undefined
              : this.phase.stage;
    if (stage && (stage !== this.phase.stage || action === 'reopen')) {
      this.phase = { stage, from: next, to: input.asOfDay };
      timeline.phases.push(this.phase);
    }
    return true;
  }

  close(delay: number, closureReason: ClosureReason): boolean {
    return this.go(delay, 'close', undefined, closureReason);
  }
}

/**
 * A case's life from reception to today, one allowed transition at a time, with realistic delays; it stops
 * where the next step would fall after `asOfDay`, so recent cases are still early in their life.
 */
export function simulateCase(random: Random, input: TimelineInput): Timeline {
  const run = new Simulation(random, input);
  play(run, random, input);
  return run.timeline;
}

function play(run: Simulation, random: Random, input: TimelineInput): void {
  // Law 53/2024: verification within 3 days; a few cases wait longer, and some are stuck (overdue).
  if (chance(random, 0.012)) return;
  const roll0 = random();
  const verificationDelay =
    roll0 < 0.55 ? 0 : roll0 < 0.8 ? 1 : roll0 < 0.93 ? between(random, 2, 3) : between(random, 4, 12);
  if (!run.go(verificationDelay, 'start_verification')) return;
  if (input.duplicate && chance(random, 0.15)) {
    run.close(between(random, 1, 20), 'duplicate');
    return;
  }
  if (chance(random, 0.02)) return;
  const decisionDelay = skewed(random, 6, 0.8, 1, 75);
  if (chance(random, input.notVictim)) {
    if (run.go(decisionDelay, 'record_not_victim', false) && chance(random, 0.75))
      run.close(skewed(random, 4, 0.8, 0, 60), 'not_a_victim');
    return;
  }
  if (!run.go(decisionDelay, 'identify', true)) return;

  let roll = random();
  if (roll < 0.04) {
    run.close(between(random, 0, 5), 'declined_services');
    return;
  }
  if (roll < 0.08) {
    run.close(between(random, 1, 12), 'transferred');
    return;
  }
  if (!run.go(skewed(random, 1, 1, 0, 10), 'start_support')) return;

  const supportDays = skewed(random, 75, 0.6, 10, 400);
  roll = random();
  if (roll < 0.122) {
    const early: ClosureReason =
      roll < 0.06 ? 'lost_contact' : roll < 0.1 ? 'transferred' : roll < 0.12 ? 'moved_abroad' : 'deceased';
    run.close(between(random, 5, supportDays), early);
    return;
  }
  if (!run.go(supportDays, 'start_reintegration')) return;
  if (chance(random, 0.06)) {
    if (!run.go(skewed(random, 60, 0.6, 10, 300), 'resume_support')) return;
    if (!run.go(skewed(random, 45, 0.6, 10, 200), 'start_reintegration')) return;
  }

  roll = random();
  const reason: ClosureReason =
    roll < 0.8 ? 'reintegrated' : roll < 0.92 ? 'lost_contact' : roll < 0.97 ? 'moved_abroad' : 'transferred';
  if (!run.close(skewed(random, 240, 0.5, 60, 900), reason)) return;
  if (chance(random, 0.03)) {
    const text = REOPEN_REASONS[Math.floor(random() * REOPEN_REASONS.length)] as string;
    if (run.go(skewed(random, 40, 0.7, 3, 300), 'reopen', undefined, undefined, text))
      run.close(skewed(random, 120, 0.5, 20, 500), 'reintegrated');
  }
}
