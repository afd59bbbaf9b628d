import type { Labels } from '../vocabularies/types';

/**
 * What a one-stop support office records about a contact (issue #18). Codes are Lantern's own; the labels are
 * the words the offices use. Counting by channel is how the offices report their activity, so a channel code
 * never changes meaning once used.
 */
export interface ContactTerm<Code extends string> {
  code: Code;
  labels: Labels;
}

const term = <Code extends string>(code: Code, vi: string, en: string, ar: string): ContactTerm<Code> => ({
  code,
  labels: { vi, en, ar },
});

export const contactChannels = [
  'walk_in',
  'hotline',
  'phone',
  'online',
  'agency_referral',
  'outreach',
] as const;
export type ContactChannel = (typeof contactChannels)[number];

export const contactChannelTerms: readonly ContactTerm<ContactChannel>[] = [
  term('walk_in', 'Đến trực tiếp', 'Walk-in', 'حضور شخصي'),
  term('hotline', 'Đường dây nóng', 'Hotline', 'الخط الساخن'),
  term('phone', 'Điện thoại', 'Phone call', 'مكالمة هاتفية'),
  term(
    'online',
    'Mạng xã hội / tin nhắn trực tuyến',
    'Social media / online message',
    'وسائل التواصل / رسالة عبر الإنترنت',
  ),
  term('agency_referral', 'Cơ quan khác chuyển đến', 'Referred by another agency', 'إحالة من جهة أخرى'),
  term('outreach', 'Tiếp cận cộng đồng', 'Outreach', 'التواصل الميداني'),
];

export const contactCallers = ['person', 'family_member', 'community_member', 'other_agency'] as const;
export type ContactCaller = (typeof contactCallers)[number];

export const contactCallerTerms: readonly ContactTerm<ContactCaller>[] = [
  term('person', 'Chính người đó', 'The person themselves', 'الشخص نفسه'),
  term('family_member', 'Người thân trong gia đình', 'A family member', 'أحد أفراد الأسرة'),
  term('community_member', 'Người trong cộng đồng', 'A community member', 'أحد أفراد المجتمع'),
  term('other_agency', 'Cơ quan, tổ chức khác', 'Another agency', 'جهة أخرى'),
];

export const contactOutcomes = [
  'information_given',
  'screened',
  'referred',
  'registered',
  'no_further_action',
] as const;
export type ContactOutcome = (typeof contactOutcomes)[number];

export const contactOutcomeTerms: readonly ContactTerm<ContactOutcome>[] = [
  term('information_given', 'Đã cung cấp thông tin', 'Information given', 'قُدّمت المعلومات'),
  term('screened', 'Đã sàng lọc', 'Screened', 'أُجري الفحص'),
  term('referred', 'Đã chuyển gửi', 'Referred', 'أُحيل'),
  term('registered', 'Đã lập hồ sơ', 'Case registered', 'سُجّلت حالة'),
  term('no_further_action', 'Không cần làm gì thêm', 'No further action', 'لا إجراء آخر'),
];

/**
 * How an outcome moves when the contact is followed up: a later step replaces an earlier one (screening a
 * contact that only got information makes it "screened"), never the other way round.
 */
const outcomeRank: Record<ContactOutcome, number> = {
  no_further_action: 0,
  information_given: 1,
  screened: 2,
  referred: 3,
  registered: 4,
};

export function laterOutcome(current: ContactOutcome, next: ContactOutcome): ContactOutcome {
  return outcomeRank[next] > outcomeRank[current] ? next : current;
}

/** The label of a code in a locale, or the code itself for one this version does not know. */
export function contactTermLabel<Code extends string>(
  terms: readonly ContactTerm<Code>[],
  code: string,
  locale: keyof Labels,
): string {
  return terms.find((entry) => entry.code === code)?.labels[locale] ?? code;
}
