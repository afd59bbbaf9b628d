import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { describeReferralNotification } from './notifications';
import { referralsSearch } from './search';

const t = ((key: string, values: Record<string, unknown> = {}) =>
  `${key}|${values.code ?? ''}|${values.from ?? ''}|${values.to ?? ''}`) as unknown as TFunction;
const data = {
  referralId: 'r1',
  caseId: 'c1',
  caseCode: 'LC-2026-000123',
  fromAgencyName: 'Đồn Biên phòng',
  toAgencyName: 'Trung tâm CTXH',
};

describe('describeReferralNotification', () => {
  it.each([
    ['referral_received', {}, 'referralsWeb.notifications.referral_received'],
    ['referral_answered', { status: 'declined' }, 'referralsWeb.notifications.answered.declined'],
    ['referral_revoked', {}, 'referralsWeb.notifications.referral_revoked'],
    ['referral_overdue', { level: 2 }, 'referralsWeb.notifications.overdue2'],
    ['referral_overdue', { level: 1 }, 'referralsWeb.notifications.overdue1'],
    ['referral_consent_override', {}, 'referralsWeb.notifications.referral_consent_override'],
    ['referral_ended_by_consent', {}, 'referralsWeb.notifications.referral_ended_by_consent'],
    ['referral_outcome_due', {}, 'referralRouting.notifications.referral_outcome_due'],
  ])('%s %j', (kind, extra, key) => {
    const described = describeReferralNotification({ kind, data: { ...data, ...extra } }, t);
    expect(described).toEqual({
      text: `${key}|LC-2026-000123|Đồn Biên phòng|Trung tâm CTXH`,
      referralId: 'r1',
    });
  });
  it('leaves other kinds to their own describers, and survives missing data', () => {
    expect(describeReferralNotification({ kind: 'break_glass', data }, t)).toBeNull();
    expect(describeReferralNotification({ kind: 'referral_received', data: {} }, t)).toEqual({
      text: 'referralsWeb.notifications.referral_received|—|—|—',
      referralId: null,
    });
  });
});

describe('referralsSearch', () => {
  it('keeps only what the inbox knows', () => {
    expect(referralsSearch({})).toEqual({});
    expect(referralsSearch({ direction: 'outgoing', status: 'closed', overdue: 'true', page: '3' })).toEqual({
      direction: 'outgoing',
      status: 'closed',
      overdue: true,
      page: 3,
    });
    expect(referralsSearch({ direction: 'sideways', status: 'open', overdue: 'yes', page: 0 })).toEqual({});
  });
});
