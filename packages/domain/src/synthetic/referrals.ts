import type { ReferralUrgency } from '../referrals/lifecycle';
import { placeName } from './places';
import { chance, drawWeighted, instantOf, type Random } from './random';
import { between, play } from './referral-play';
import {
  messageFor,
  OVERRIDE_REASONS,
  REFERRAL_ROUTES,
  type ReferralStage,
  sectionsFor,
  URGENCY_BY_STAGE,
} from './referral-routes';
import type { SyntheticReferral, SyntheticRegistration } from './types';

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;

export interface ReferralContext {
  age: number;
  female: boolean;
  asOfDay: number;
}

/** When referrals of a stage are sent (from, to), and when the case closed after that (or now). */
interface Span {
  from: number;
  to: number;
  end: number;
}

/** The dataset's "now": the end of the office day of `asOf` in Viet Nam (nothing happens after it). */
export function referralNow(asOfDay: number): number {
  return Date.parse(instantOf(asOfDay, 17 * 60));
}

/** When each stage of the case was under way (a referral of that stage is sent then), from its timeline. */
function stageSpans(registration: SyntheticRegistration, now: number): Partial<Record<ReferralStage, Span>> {
  const closeAfter = (from: number) => {
    const close = registration.events.find((e) => e.kind === 'transition.close' && Date.parse(e.at) > from);
    return close ? Date.parse(close.at) : now;
  };
  const spanFrom = (from: number, days?: number): Span => {
    const end = closeAfter(from);
    return { from, to: days === undefined ? end : Math.min(end, from + days * DAY), end };
  };
  const first = (kinds: string[]) => {
    const event = registration.events.find((e) => kinds.includes(e.kind));
    return event ? Date.parse(event.at) : undefined;
  };
  // Hand-offs at reception happen in the first two days.
  const spans: Partial<Record<ReferralStage, Span>> = {
    reception: spanFrom(Date.parse(registration.createdAt), 2),
  };
  const support = first(['transition.identify', 'transition.start_support']);
  if (support !== undefined) spans.support = spanFrom(support);
  const reintegration = first(['transition.start_reintegration']);
  if (reintegration !== undefined) spans.reintegration = spanFrom(reintegration);
  return spans;
}

/**
 * The case's referrals (0–2): usual hand-offs from the registering agency's kind to agencies its person's
 * sharing consent covers, at the stage of the case they belong to, each played out to `asOf`. Without such a
 * consent there is none — or, rarely, one a supervisor sent urgently under an override.
 */
export function referralsFor(
  random: Random,
  registration: SyntheticRegistration,
  context: ReferralContext,
): SyntheticReferral[] {
  const now = referralNow(context.asOfDay);
  const here = registration.agencyProvinceCode;
  const home = registration.person.homeProvinceCode ?? here;
  const spans = stageSpans(registration, now);
  const consented = new Set(
    registration.consents.find((consent) => consent.purpose === 'sharing')?.sharingAgencyTypes ?? [],
  );
  const child = context.age < 18;
  const plausible = (REFERRAL_ROUTES[registration.agencyType] ?? []).filter(
    (r) =>
      spans[r.stage] !== undefined &&
      (r.who === undefined || (r.who === 'child') === child) &&
      (r.where === 'here' || home !== here),
  );
  const count = drawWeighted(random, [
    [0, 20],
    [1, 45],
    [2, 35],
  ]);
  const pronoun = child ? 'em' : context.female ? 'chị' : 'anh';
  const homeName = placeName(home) ?? 'địa phương';
  const made: SyntheticReferral[] = [];
  const used = new Set<string>();
  for (let k = 0; k < count; k++) {
    const open = plausible.filter((r) => !used.has(`${r.to}:${r.where}`));
    let choices = open.filter((r) => consented.has(r.to));
    let overrideReason: string | undefined;
    if (choices.length === 0) {
      const urgent = open.filter((r) => r.stage === 'reception');
      if (k > 0 || urgent.length === 0 || !chance(random, 0.03)) break;
      choices = urgent;
      overrideReason = OVERRIDE_REASONS[Math.floor(random() * OVERRIDE_REASONS.length)] as string;
    }
    const route = drawWeighted(
      random,
      choices.map((r) => [r, r.weight] as const),
    );
    used.add(`${route.to}:${route.where}`);
    const span = spans[route.stage] as Span;
    // A case still in support has needs now: most of its later referrals are from the last two months.
    const recent = route.stage !== 'reception' && span.end === now && chance(random, 0.8);
    const sentAt = between(random, Math.max(span.from, recent ? now - 60 * DAY : 0) + 10 * MINUTE, span.to);
    if (sentAt >= span.to || sentAt > now) continue;
    const [first, ...extras] = route.services as [string, ...string[]];
    const services = [first, ...extras.filter(() => chance(random, 0.35))];
    const urgency: ReferralUrgency = overrideReason
      ? 'urgent'
      : drawWeighted(random, URGENCY_BY_STAGE[route.stage]);
    const played = play(random, first, sentAt, urgency, route, span.end, span.end < now);
    const referral: SyntheticReferral = {
      toAgencyType: route.to,
      toProvinceCode: route.where === 'home' ? home : here,
      services,
      urgency,
      reason: route.reason,
      sections: sectionsFor(first, random()),
      status: played.status,
      sentAt: new Date(sentAt).toISOString(),
      respondBy: new Date(played.respondBy).toISOString(),
      completeBy: new Date(played.completeBy).toISOString(),
      escalationLevel: played.level,
      steps: played.steps,
    };
    const message = messageFor(first, pronoun, homeName, random());
    if (message) referral.message = message;
    if (overrideReason) referral.overrideReason = overrideReason;
    const iso = (ms: number | undefined) => (ms === undefined ? undefined : new Date(ms).toISOString());
    const answeredAt = iso(played.answeredAt);
    if (answeredAt) referral.answeredAt = answeredAt;
    const closedAt = iso(played.closedAt);
    if (closedAt) referral.closedAt = closedAt;
    const escalatedAt = iso(played.escalatedAt);
    if (escalatedAt) referral.escalatedAt = escalatedAt;
    if (played.declineReason) referral.declineReason = played.declineReason;
    if (played.outcome) referral.outcome = played.outcome;
    made.push(referral);
  }
  return made;
}
