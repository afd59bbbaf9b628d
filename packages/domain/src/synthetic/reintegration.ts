import { randomSource } from '../matching/synthetic-people';
import { currentReintegrationInstrument } from '../reintegration/instruments';
import { incomeBandFor, reintegrationSupportDomain } from '../vocabularies/vn-reintegration';
import { between, chance, drawWeighted, mixSeed, type Random } from './random';

/**
 * Synthetic reintegration follow-up for one person: the 1/3/6/12-month visits that have come due, with answers
 * to Lantern's instrument that follow a plausible trajectory (mostly improving from a low start after return,
 * with setbacks for some — a lost job, a family conflict), a livelihood outcome at each visit, and a
 * reintegration plan. Pure and seeded: the same person always gets the same story.
 */

export const SYNTHETIC_FOLLOW_UP_MONTHS = [1, 3, 6, 12] as const;
const SALT_REINTEGRATION = 0x7e1a;
type Dimension = 'economic' | 'social' | 'psychosocial';
const DIMENSIONS: readonly Dimension[] = ['economic', 'social', 'psychosocial'];

export interface SyntheticFollowUpVisit {
  months: number;
  /** Days after the visit's due day that it took place (visits run a little late, rarely early). */
  lateDays: number;
  /** The level (0–1) each dimension's answers were drawn around: the trajectory, before answer noise. */
  levels: Record<Dimension, number>;
  answers: Record<string, string>;
  livelihood: { employmentStatus: string; incomeBand: string; loanStatus: string };
}

export interface SyntheticPlanItem {
  supportType: string;
  domain: Dimension;
  /** Months after the reference day the item aims to be done by. */
  targetMonths: number;
  status: 'planned' | 'in_progress' | 'done' | 'dropped';
  outcomeNote: string | null;
}

export interface SyntheticFollowUp {
  visits: SyntheticFollowUpVisit[];
  plan: SyntheticPlanItem[];
}

const clamp = (value: number) => Math.min(0.95, Math.max(0.05, value));

/** Each dimension starts low after return and moves by visit; about one step in six is a setback. */
function trajectory(random: Random, visits: number): Record<Dimension, number>[] {
  const start = 0.2 + random() * 0.25;
  const levels: Record<Dimension, number>[] = [];
  let current = Object.fromEntries(
    DIMENSIONS.map((dimension) => [dimension, clamp(start + (random() - 0.5) * 0.2)]),
  ) as Record<Dimension, number>;
  for (let visit = 0; visit < visits; visit += 1) {
    if (visit > 0)
      current = Object.fromEntries(
        DIMENSIONS.map((dimension) => {
          const step = chance(random, 0.16) ? -(0.05 + random() * 0.12) : 0.04 + random() * 0.12;
          return [dimension, clamp(current[dimension] + step)];
        }),
      ) as Record<Dimension, number>;
    levels.push(current);
  }
  return levels;
}

/** Answers around the dimension's level: each item takes the choice nearest to the level plus some noise. */
function answersAt(random: Random, levels: Record<Dimension, number>): Record<string, string> {
  const scoring = currentReintegrationInstrument.scoring;
  const answers: Record<string, string> = { 'has-school-age-children': chance(random, 0.6) ? 'yes' : 'no' };
  if (scoring.kind !== 'normalised-dimensions') return answers;
  for (const item of scoring.items) {
    if (item.question === 'soc-schooling' && answers['has-school-age-children'] !== 'yes') continue;
    const aim = (levels[item.dimension as Dimension] ?? 0.5) + (random() - 0.5) * 0.5;
    let best = '';
    let distance = Number.POSITIVE_INFINITY;
    for (const [value, score] of Object.entries(item.values)) {
      const gap = Math.abs(score - aim);
      if (gap < distance) [best, distance] = [value, gap];
    }
    answers[item.question] = best;
  }
  return answers;
}

function employmentAt(random: Random, economic: number, notAbleToWork: boolean): string {
  if (notAbleToWork) return 'vn.NotAbleToWork';
  return drawWeighted(random, [
    ['vn.Unemployed', Math.max(0.05, 0.7 - economic)],
    ['vn.InTraining', economic < 0.6 ? 0.25 : 0.05],
    ['vn.SelfEmployed', economic * 0.5],
    ['vn.Employed', economic * 0.7],
  ] as const);
}

const LOAN_PATH = ['vn.Applied', 'vn.Granted', 'vn.Repaying', 'vn.Repaying'] as const;

const NOTES: Record<string, string> = {
  'vn.VocationalTraining': 'Đã hoàn thành khóa học may công nghiệp 3 tháng.',
  'vn.JobPlacement': 'Đã được giới thiệu việc làm tại xưởng chế biến nông sản.',
  'vn.SmallBusinessGrant': 'Đã nhận hỗ trợ vốn mở quầy tạp hóa nhỏ.',
  'vn.SocialPolicyBankLoan': 'Đã được vay vốn ưu đãi để chăn nuôi.',
  'vn.FamilyReconnection': 'Gia đình đã đón nhận, quan hệ ổn định hơn.',
  'vn.CommunityInclusion': 'Tham gia sinh hoạt hội phụ nữ thôn.',
  'vn.CivilDocuments': 'Đã được cấp lại căn cước công dân.',
  'vn.Schooling': 'Con đã đi học lại ở trường xã.',
  'vn.Counselling': 'Đã tham gia đủ các buổi tư vấn tâm lý.',
  'vn.HealthCare': 'Đã được khám và điều trị tại trạm y tế xã.',
};

/** 2–5 items across the domains; those whose target has passed are mostly done, some dropped or still going. */
function planFor(random: Random, monthsElapsed: number): SyntheticPlanItem[] {
  const types = Object.keys(reintegrationSupportDomain);
  const count = between(random, 2, 5);
  const chosen = new Set<string>();
  while (chosen.size < count) chosen.add(types[Math.floor(random() * types.length)] as string);
  return [...chosen].map((supportType) => {
    const targetMonths = between(random, 1, 9);
    const status: SyntheticPlanItem['status'] =
      targetMonths <= monthsElapsed
        ? drawWeighted(random, [
            ['done', 0.72],
            ['dropped', 0.1],
            ['in_progress', 0.18],
          ] as const)
        : chance(random, 0.4)
          ? 'in_progress'
          : 'planned';
    return {
      supportType,
      domain: reintegrationSupportDomain[supportType] as Dimension,
      targetMonths,
      status,
      outcomeNote: status === 'done' ? (NOTES[supportType] ?? null) : null,
    };
  });
}

/**
 * The follow-up of the person at `index` in a dataset of `seed`, `monthsElapsed` months after the reference
 * day: only the visits already due have taken place.
 */
export function syntheticFollowUp(seed: number, index: number, monthsElapsed: number): SyntheticFollowUp {
  const random = randomSource(mixSeed(seed, index, SALT_REINTEGRATION));
  const due = SYNTHETIC_FOLLOW_UP_MONTHS.filter((months) => months <= monthsElapsed);
  const levels = trajectory(random, due.length);
  const notAbleToWork = chance(random, 0.04);
  const borrows = chance(random, 0.4);
  const defaults = borrows && chance(random, 0.12);
  const visits = due.map((months, visit): SyntheticFollowUpVisit => {
    const at = levels[visit] as Record<Dimension, number>;
    const employmentStatus = employmentAt(random, at.economic, notAbleToWork);
    const earns = employmentStatus === 'vn.Employed' || employmentStatus === 'vn.SelfEmployed';
    const income = earns
      ? Math.round((at.economic * 9_000_000 + random() * 2_000_000) / 100_000) * 100_000
      : 0;
    let loanStatus = 'vn.None';
    if (borrows) loanStatus = LOAN_PATH[visit] ?? 'vn.Repaying';
    if (borrows && visit === 3)
      loanStatus = defaults ? 'vn.Defaulted' : chance(random, 0.5) ? 'vn.Repaid' : 'vn.Repaying';
    return {
      months,
      lateDays: between(random, -2, 12),
      levels: at,
      answers: answersAt(random, at),
      livelihood: { employmentStatus, incomeBand: incomeBandFor(income), loanStatus },
    };
  });
  return { visits, plan: planFor(random, monthsElapsed) };
}
