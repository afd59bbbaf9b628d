import { describe, expect, it } from 'vitest';
import {
  escalationStep,
  isOpenReferral,
  isOverdue,
  nextReferralStatus,
  type ReferralAction,
  type ReferralStatus,
  referralDeadlines,
} from '../referrals/lifecycle';
import { isKnownCode, type VocabularyId } from '../vocabularies/registry';
import { agencyTypesIn, type SyntheticRegistration, syntheticRegistrations } from '.';
import { dayOf } from './random';
import { referralNow } from './referrals';

const options = { seed: 20260315, asOf: '2026-03-15' };
const sample = syntheticRegistrations(options, 0, 600);
const now = referralNow(dayOf(options.asOf));
const all = sample.flatMap((r) => r.referrals.map((referral) => ({ r, referral })));
const open = all.filter(({ referral }) => isOpenReferral(referral.status));
const share = <T>(items: readonly T[], test: (item: T) => boolean) =>
  items.filter(test).length / items.length;
const sharingTypes = (r: SyntheticRegistration) =>
  r.consents.find((consent) => consent.purpose === 'sharing')?.sharingAgencyTypes ?? [];
const time = (instant: string) => Date.parse(instant);

describe('synthetic referrals', () => {
  it('go only where the person consented to sharing, or under a supervisor’s reasoned override', () => {
    expect(all.length).toBeGreaterThan(0);
    for (const { r, referral } of all) {
      expect(r.referrals.length).toBeLessThanOrEqual(2);
      if (referral.overrideReason === undefined) expect(sharingTypes(r)).toContain(referral.toAgencyType);
      else {
        expect(sharingTypes(r)).not.toContain(referral.toAgencyType);
        expect(referral.overrideReason.length).toBeGreaterThanOrEqual(10);
        expect(referral.urgency).toBe('urgent');
      }
      expect(agencyTypesIn(referral.toProvinceCode)).toContain(referral.toAgencyType);
      expect(`${referral.toAgencyType}:${referral.toProvinceCode}`).not.toBe(
        `${r.agencyType}:${r.agencyProvinceCode}`,
      );
    }
    // Overrides are the exception.
    const overridden = share(all, ({ referral }) => referral.overrideReason !== undefined);
    expect(overridden).toBeGreaterThan(0);
    expect(overridden).toBeLessThan(0.05);
  });

  it('use only codes that exist, and open notes only with the identity', () => {
    const codes = (vocabulary: VocabularyId, values: readonly (string | undefined)[]) => {
      for (const value of values)
        if (value !== undefined)
          expect([vocabulary, value, isKnownCode(vocabulary, value)]).toEqual([vocabulary, value, true]);
    };
    for (const { referral } of all) {
      codes('vn-referral-service', referral.services);
      codes('referral-reason', [referral.reason]);
      codes('vn-referral-decline-reason', [referral.declineReason]);
      codes('vn-service-outcome', [referral.outcome]);
      expect(new Set(referral.services).size).toBe(referral.services.length);
      if (referral.sections.includes('notes')) expect(referral.sections).toContain('identity');
      if (referral.message) expect(referral.message).toMatch(/^\p{Lu}.*\.$/u);
    }
  });

  it('move only as the lifecycle allows, with dates that agree with the case and with asOf', () => {
    for (const { r, referral } of all) {
      const [sent, ...steps] = referral.steps;
      expect(sent).toMatchObject({ kind: 'referral.sent', at: referral.sentAt, by: 'sender' });
      expect(time(referral.sentAt)).toBeGreaterThanOrEqual(time(r.createdAt));
      const custom = referralDeadlines(
        referral.urgency,
        new Date(referral.sentAt),
        new Date(referral.completeBy),
      );
      expect(custom.respondBy.toISOString()).toBe(referral.respondBy);
      expect(time(referral.completeBy)).toBeGreaterThanOrEqual(time(referral.respondBy));
      let status: ReferralStatus = 'sent';
      let previous = referral.sentAt;
      for (const step of steps) {
        expect(step.at > previous).toBe(true);
        previous = step.at;
        if (step.kind === 'referral.escalated') continue;
        const next =
          step.kind === 'referral.expired'
            ? status === 'sent'
              ? 'expired'
              : null
            : nextReferralStatus(status, step.kind.replace('referral.', '') as ReferralAction);
        expect([step.kind, next]).not.toEqual([step.kind, null]);
        status = next as ReferralStatus;
      }
      expect(time(previous)).toBeLessThanOrEqual(now);
      expect(referral.status).toBe(status);
      expect(referral.closedAt !== undefined).toBe(!isOpenReferral(status));
      expect(referral.declineReason !== undefined).toBe(status === 'declined');
      expect(referral.outcome !== undefined).toBe(status === 'completed');
      if (status === 'declined' || status === 'completed') expect(referral.answeredAt).toBeDefined();
      if (status === 'expired') expect(referral.answeredAt).toBeUndefined();
      // The escalation run (every minute) has already done what is due by now.
      if (isOpenReferral(status)) {
        expect(r.case.state).not.toBe('closed');
        const clock = {
          status,
          sentAt: new Date(referral.sentAt),
          respondBy: new Date(referral.respondBy),
          completeBy: new Date(referral.completeBy),
          escalationLevel: referral.escalationLevel,
        };
        expect(escalationStep(clock, new Date(now))).toBeNull();
      }
    }
  });

  it('look like real work: usual routes, across provinces, closed when old and open, some overdue, when recent', () => {
    const perRegistration = all.length / sample.length;
    expect(perRegistration).toBeGreaterThan(0.3);
    expect(perRegistration).toBeLessThan(1.2);
    const routes = new Set(all.map(({ r, referral }) => `${r.agencyType}→${referral.toAgencyType}`));
    for (const route of [
      'border_guard_post→social_work_centre',
      'commune_police→social_protection_centre',
      'womens_union_one_stop→vocational_employment_centre',
      'social_work_centre→health_facility',
      'social_work_centre→legal_aid_centre',
    ])
      expect(routes).toContain(route);
    expect(share(all, ({ r, referral }) => referral.toProvinceCode !== r.agencyProvinceCode)).toBeGreaterThan(
      0.02,
    );
    const statuses = new Set(all.map(({ referral }) => referral.status));
    for (const status of ['sent', 'accepted', 'in_progress', 'completed', 'declined', 'revoked', 'expired'])
      expect(statuses).toContain(status);
    const old = all.filter(({ referral }) => time(referral.sentAt) < now - 180 * 86_400_000);
    expect(share(old, ({ referral }) => !isOpenReferral(referral.status))).toBe(1);
    expect(share(old, ({ referral }) => referral.status === 'completed')).toBeGreaterThan(0.6);
    expect(open.length).toBeGreaterThan(10);
    const overdue = share(open, ({ referral }) =>
      isOverdue(
        {
          ...referral,
          sentAt: new Date(referral.sentAt),
          respondBy: new Date(referral.respondBy),
          completeBy: new Date(referral.completeBy),
        },
        new Date(now),
      ),
    );
    expect(overdue).toBeGreaterThan(0.03);
    expect(overdue).toBeLessThan(0.5);
    const levels = new Set(all.map(({ referral }) => referral.escalationLevel));
    expect(levels).toEqual(new Set([0, 1, 2]));
    expect(new Set(all.map(({ referral }) => referral.urgency))).toEqual(
      new Set(['urgent', 'high', 'normal']),
    );
  });
});
