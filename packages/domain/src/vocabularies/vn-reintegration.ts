import { type Vocabulary, vn } from './types';

// Issue #18, reintegration and livelihoods: what a reintegration plan offers, and how a person earns a living at
// each follow-up. Lantern's own lists (no national code list exists); the economic items name the Vietnamese
// programmes case workers use (the Social Policy Bank's loans to returnees, vocational training and job placement).

export const reintegrationDomains = ['economic', 'social', 'psychosocial'] as const;
export type ReintegrationDomain = (typeof reintegrationDomains)[number];

/** Each support type belongs to one domain; the plan item's domain is read from here, never typed twice. */
export const reintegrationSupportDomain: Readonly<Record<string, ReintegrationDomain>> = {
  'vn.VocationalTraining': 'economic',
  'vn.JobPlacement': 'economic',
  'vn.SmallBusinessGrant': 'economic',
  'vn.SocialPolicyBankLoan': 'economic',
  'vn.FamilyReconnection': 'social',
  'vn.CommunityInclusion': 'social',
  'vn.CivilDocuments': 'social',
  'vn.Schooling': 'social',
  'vn.Counselling': 'psychosocial',
  'vn.HealthCare': 'psychosocial',
};

export const reintegrationSupport: Vocabulary = {
  id: 'vn-reintegration-support',
  source: 'vn',
  labels: { vi: 'Hỗ trợ tái hòa nhập', en: 'Reintegration support', ar: 'دعم إعادة الإدماج' },
  htcdsFields: [],
  multiple: false,
  codes: [
    vn('VocationalTraining', 'Học nghề', 'Vocational training', 'التدريب المهني'),
    vn('JobPlacement', 'Giới thiệu việc làm', 'Job placement', 'التوظيف'),
    vn('SmallBusinessGrant', 'Hỗ trợ vốn sinh kế nhỏ', 'Small-business grant', 'منحة لمشروع صغير'),
    vn(
      'SocialPolicyBankLoan',
      'Vay vốn Ngân hàng Chính sách xã hội',
      'Social Policy Bank loan',
      'قرض من بنك السياسات الاجتماعية',
    ),
    vn('FamilyReconnection', 'Kết nối, hòa giải gia đình', 'Family reconnection', 'إعادة الصلة بالأسرة'),
    vn('CommunityInclusion', 'Hòa nhập cộng đồng', 'Community inclusion', 'الاندماج في المجتمع'),
    vn('CivilDocuments', 'Giấy tờ hộ tịch, tùy thân', 'Civil and identity documents', 'الوثائق المدنية'),
    vn('Schooling', 'Đi học trở lại', 'Return to school', 'العودة إلى الدراسة'),
    vn('Counselling', 'Tư vấn tâm lý', 'Counselling', 'الإرشاد النفسي'),
    vn('HealthCare', 'Chăm sóc sức khỏe', 'Health care', 'الرعاية الصحية'),
  ],
};

export const employmentStatus: Vocabulary = {
  id: 'vn-employment-status',
  source: 'vn',
  labels: { vi: 'Tình trạng việc làm', en: 'Employment status', ar: 'الوضع الوظيفي' },
  htcdsFields: [],
  multiple: false,
  codes: [
    vn('Employed', 'Có việc làm', 'Employed', 'موظف'),
    vn('SelfEmployed', 'Tự kinh doanh, tự làm', 'Self-employed', 'يعمل لحسابه الخاص'),
    vn('InTraining', 'Đang học nghề', 'In training', 'في التدريب'),
    vn('Unemployed', 'Chưa có việc làm', 'Unemployed', 'عاطل عن العمل'),
    vn('NotAbleToWork', 'Không có khả năng lao động', 'Not able to work', 'غير قادر على العمل'),
  ],
};

/**
 * Monthly income bands in đồng, as data: the bounds are here, the labels say them. A band holds incomes from
 * `minVnd` up to, not including, the next band's `minVnd`. Bands are coarse on purpose — an exact income is
 * more than a follow-up needs, and a band is less identifying.
 */
export const incomeBands = [
  { code: 'vn.NoIncome', minVnd: 0 },
  { code: 'vn.Below2M', minVnd: 1 },
  { code: 'vn.From2MTo5M', minVnd: 2_000_000 },
  { code: 'vn.From5MTo10M', minVnd: 5_000_000 },
  { code: 'vn.From10M', minVnd: 10_000_000 },
] as const;

/** The band a monthly income (whole đồng) falls in. */
export function incomeBandFor(amountVnd: number): string {
  let band: string = incomeBands[0].code;
  for (const entry of incomeBands) if (amountVnd >= entry.minVnd) band = entry.code;
  return band;
}

export const incomeBand: Vocabulary = {
  id: 'vn-income-band',
  source: 'vn',
  labels: { vi: 'Thu nhập hằng tháng', en: 'Monthly income', ar: 'الدخل الشهري' },
  htcdsFields: [],
  multiple: false,
  codes: [
    vn('NoIncome', 'Không có thu nhập', 'No income', 'لا دخل'),
    vn('Below2M', 'Dưới 2.000.000 ₫', 'Below 2,000,000 ₫', 'أقل من 2,000,000 ₫'),
    vn(
      'From2MTo5M',
      '2.000.000 – dưới 5.000.000 ₫',
      '2,000,000 to 5,000,000 ₫',
      'من 2,000,000 إلى 5,000,000 ₫',
    ),
    vn(
      'From5MTo10M',
      '5.000.000 – dưới 10.000.000 ₫',
      '5,000,000 to 10,000,000 ₫',
      'من 5,000,000 إلى 10,000,000 ₫',
    ),
    vn('From10M', 'Từ 10.000.000 ₫ trở lên', '10,000,000 ₫ or more', '10,000,000 ₫ أو أكثر'),
  ],
};

export const loanStatus: Vocabulary = {
  id: 'vn-loan-status',
  source: 'vn',
  labels: { vi: 'Tình trạng vay vốn', en: 'Loan status', ar: 'حالة القرض' },
  htcdsFields: [],
  multiple: false,
  codes: [
    vn('None', 'Không vay', 'No loan', 'لا قرض'),
    vn('Applied', 'Đã nộp hồ sơ vay', 'Applied', 'تم تقديم الطلب'),
    vn('Granted', 'Đã được duyệt vay', 'Granted', 'تمت الموافقة'),
    vn('Repaying', 'Đang trả nợ', 'Repaying', 'قيد السداد'),
    vn('Repaid', 'Đã trả hết', 'Repaid', 'تم السداد'),
    vn('Defaulted', 'Quá hạn, không trả được', 'Defaulted', 'متعثر في السداد'),
  ],
};

/** A plan item's progress: planned, in progress, then done or dropped (both settled). */
export const planItemStatuses = ['planned', 'in_progress', 'done', 'dropped'] as const;
export type PlanItemStatus = (typeof planItemStatuses)[number];
