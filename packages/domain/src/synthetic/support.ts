import { entitledRegimes, entitlementSchedules, monetaryRegimes } from '../support/entitlements';
import {
  between,
  chance,
  DAY_MS,
  dayOf,
  drawWeighted,
  instantOf,
  isoOf,
  officeMinute,
  type Random,
} from './random';
import type { SyntheticRegistration } from './types';

/** Where the two-person rule stands for money: asked for, then decided by someone else (or still waiting). */
export interface SyntheticApproval {
  status: 'pending' | 'approved' | 'rejected';
  requestedAt: string;
  decidedAt?: string;
  /** A rejection's reason (sealed by the loader). */
  reason?: string;
}

export interface SyntheticDelivery {
  regime: string;
  deliveredOn: string;
  /** When it was recorded (on the day, office hours). */
  at: string;
  quantity: number;
  /** Money, in whole đồng; without it the delivery is simply recorded. */
  amountVnd?: number;
  note?: string;
  /** Money only: absent while the entry is a draft nobody has sent for approval yet. */
  approval?: SyntheticApproval;
}

/** An identified victim's support: one plan, the services given under it, and the money's approvals. */
export interface SyntheticSupport {
  planType: string;
  objectives: string;
  regimes: string[];
  startOn: string;
  /** Planned to last six months, reviewed after one. */
  plannedEndOn: string;
  reviewOn: string;
  createdAt: string;
  /** The plan closed with the case (a closure the supervisor approved), when the case is closed. */
  closure?: { requestedAt: string; decidedAt: string; endOn: string };
  deliveries: SyntheticDelivery[];
}

const PLAN_TYPES: ReadonlyArray<readonly [string, number]> = [
  ['SocialCare', 30],
  ['Health', 20],
  ['Financial', 15],
  ['Livelihood', 20],
  ['Legal', 8],
  ['Education', 7],
];
const OBJECTIVES = [
  'Ổn định chỗ ở và sức khỏe trong 3 tháng đầu sau khi trở về.',
  'Hỗ trợ tâm lý, kết nối lại với gia đình và cộng đồng.',
  'Trợ cấp khó khăn ban đầu và tư vấn vay vốn Ngân hàng Chính sách xã hội.',
  'Học nghề và tìm việc làm ổn định tại địa phương.',
  'Trợ giúp pháp lý trong quá trình tố tụng và làm lại giấy tờ tùy thân.',
  'Tiếp tục đi học và được hỗ trợ chi phí học tập.',
];
const MONEY_NOTES = ['Chuyển khoản', 'Tiền mặt, có biên nhận ký nhận', 'Chi trả tại Ủy ban nhân dân xã'];
const REJECTIONS = [
  'Thiếu biên nhận có chữ ký của người nhận.',
  'Số tiền vượt mức chi theo quy định; đề nghị lập lại.',
  'Chưa có quyết định hỗ trợ của cơ quan có thẩm quyền.',
];
/** Regimes a plan almost always holds, when the person is entitled to them. */
const USUAL = new Set(['vn.EssentialNeeds', 'vn.Medical', 'vn.Psychological']);

/** The Viet Nam calendar day of an instant. */
const vietNamDay = (instant: string) => Math.floor((Date.parse(instant) + 7 * 3_600_000) / DAY_MS);

/** A whole number of đồng, rounded to a step (amounts are paid in round figures). */
const dong = (random: Random, min: number, max: number, step: number) =>
  Math.round((min + random() * (max - min)) / step) * step;

function amountFor(random: Random, regime: string): number {
  if (regime === 'vn.InitialHardshipAllowanceAndLoans') return dong(random, 1_000_000, 3_000_000, 100_000);
  return dong(random, 150_000, 1_500_000, 10_000); // travel home: bus, train or a flight's share
}

/** The regimes the person may receive on the day: the schedule then in force, or the first one before it. */
function regimesOn(category: string | undefined, day: string): string[] {
  const first = entitlementSchedules[0];
  const entitled = entitledRegimes(category, day);
  const fallback = first && category ? (first.table[category] ?? []) : [];
  return (entitled.length > 0 ? entitled : fallback).map((entry) => entry.regime);
}

/**
 * The support an identified victim received, from the day support started to the case's closure or `asOf`: a
 * plan of the regimes their subject category is entitled to (Law 53/2024, Art. 37), services delivered under it
 * and money asked for and decided by a supervisor — most approved, the newest still waiting, a few rejected.
 * Undefined for a case that never started support.
 */
export function supportFor(
  random: Random,
  registration: SyntheticRegistration,
  asOfDay: number,
): SyntheticSupport | undefined {
  if (registration.duplicateOf !== undefined) return undefined; // the first record carries the support
  const started = registration.events.find((event) => event.kind === 'transition.start_support');
  if (!started) return undefined;
  const receivedDay = dayOf(registration.case.receivedOn);
  const startDay = Math.max(vietNamDay(started.at), receivedDay);
  if (startDay > asOfDay) return undefined;
  const closed = registration.events.find(
    (event) => event.kind === 'transition.close' && Date.parse(event.at) > Date.parse(started.at),
  );
  const endDay = Math.min(asOfDay, closed ? vietNamDay(closed.at) : asOfDay);
  const category = registration.case.subjectCategory ?? 'vn.InIdentificationInVietNam';
  const entitled = regimesOn(category, isoOf(startDay));
  const regimes = entitled.filter((regime) =>
    USUAL.has(regime)
      ? chance(random, 0.6)
      : monetaryRegimes.includes(regime)
        ? chance(random, 0.5)
        : chance(random, 0.12),
  );
  if (regimes.length === 0) regimes.push(entitled[0] ?? 'vn.EssentialNeeds');
  const support: SyntheticSupport = {
    planType: drawWeighted(random, PLAN_TYPES),
    objectives: OBJECTIVES[Math.floor(random() * OBJECTIVES.length)] as string,
    regimes,
    startOn: isoOf(startDay),
    plannedEndOn: isoOf(startDay + 180),
    reviewOn: isoOf(startDay + 30),
    createdAt: instantOf(startDay, officeMinute(random)),
    deliveries: [],
  };
  const span = endDay - startDay;
  for (const regime of regimes) {
    const money = monetaryRegimes.includes(regime);
    const times = money
      ? 1
      : drawWeighted(random, [
          [1, 80],
          [2, 17],
          [3, 3],
        ] as const);
    for (let n = 0; n < times; n++) {
      // Most support comes in the first weeks; later deliveries spread over the rest of the time.
      const offset = Math.min(
        span,
        n === 0 ? between(random, 0, 14) : between(random, 15, Math.max(15, span)),
      );
      const day = startDay + offset;
      const delivery: SyntheticDelivery = {
        regime,
        deliveredOn: isoOf(day),
        at: instantOf(day, officeMinute(random)),
        quantity: regime === 'vn.EssentialNeeds' ? between(random, 1, 30) : 1,
      };
      if (money) {
        delivery.amountVnd = amountFor(random, regime);
        delivery.note = MONEY_NOTES[Math.floor(random() * MONEY_NOTES.length)] as string;
        const approval = approvalFor(random, day, asOfDay);
        if (approval) delivery.approval = approval;
      }
      support.deliveries.push(delivery);
    }
  }
  support.deliveries.sort((a, b) => a.at.localeCompare(b.at));
  if (closed) {
    const last = Math.max(startDay, ...support.deliveries.map((delivery) => dayOf(delivery.deliveredOn)));
    const closeDay = Math.max(last, endDay);
    const decidedDay = closeDay + between(random, 1, 3);
    if (decidedDay <= asOfDay)
      support.closure = {
        requestedAt: instantOf(closeDay, officeMinute(random)),
        decidedAt: instantOf(decidedDay, officeMinute(random)),
        endOn: isoOf(decidedDay),
      };
  }
  return support;
}

/** Money recorded on a day: a draft, or asked for and then decided a few days later (never after `asOf`). */
function approvalFor(random: Random, day: number, asOfDay: number): SyntheticApproval | undefined {
  const age = asOfDay - day;
  if (age < 14 && chance(random, 0.25)) return undefined; // still a draft
  const requestedDay = Math.min(asOfDay, day + between(random, 0, 2));
  const approval: SyntheticApproval = {
    status: 'pending',
    requestedAt: instantOf(requestedDay, officeMinute(random)),
  };
  const decidedDay = requestedDay + between(random, 1, 10);
  if (decidedDay > asOfDay || chance(random, 0.02)) return approval;
  approval.decidedAt = instantOf(decidedDay, officeMinute(random));
  if (chance(random, 0.05)) {
    approval.status = 'rejected';
    approval.reason = REJECTIONS[Math.floor(random() * REJECTIONS.length)] as string;
  } else approval.status = 'approved';
  return approval;
}
