import { type Vocabulary, vn } from './types';

// Law 53/2024/QH15 on Prevention and Combat of Human Trafficking (in force 1 July 2025), Art. 37:
// the support regimes and who is entitled to which. HTCDS has no equivalent lists.

const article37 = (point: string) => ({
  description: {
    vi: `Luật Phòng, chống mua bán người số 53/2024/QH15, Điều 37, điểm ${point}.`,
    en: `Law 53/2024/QH15 on Prevention and Combat of Human Trafficking, Art. 37, point ${point}.`,
  },
});

export const supportRegime: Vocabulary = {
  id: 'vn-support-regime',
  source: 'vn',
  labels: { vi: 'Chế độ hỗ trợ', en: 'Support regime', ar: 'نظام الدعم' },
  htcdsFields: [],
  multiple: true,
  codes: [
    vn(
      'EssentialNeeds',
      'Hỗ trợ nhu cầu thiết yếu',
      'Essential needs',
      'تلبية الاحتياجات الأساسية',
      article37('a'),
    ),
    vn('Medical', 'Hỗ trợ y tế', 'Medical support', 'الدعم الطبي', article37('b')),
    vn('Interpretation', 'Hỗ trợ phiên dịch', 'Interpretation', 'الترجمة الشفوية', article37('c')),
    vn(
      'LegalInformation',
      'Hỗ trợ thông tin pháp luật',
      'Legal information',
      'المعلومات القانونية',
      article37('d'),
    ),
    vn('LegalAid', 'Trợ giúp pháp lý', 'Legal aid', 'المساعدة القانونية', article37('đ')),
    vn('TravelCosts', 'Hỗ trợ chi phí đi lại', 'Travel costs', 'تكاليف التنقل', article37('e')),
    vn('Psychological', 'Hỗ trợ tâm lý', 'Psychological support', 'الدعم النفسي', article37('g')),
    vn(
      'GeneralEducation',
      'Hỗ trợ giáo dục phổ thông',
      'General education',
      'دعم التعليم العام',
      article37('h'),
    ),
    vn(
      'VocationalTrainingAndEmployment',
      'Hỗ trợ học nghề, tư vấn và giới thiệu việc làm',
      'Vocational training, job counselling and placement',
      'التدريب المهني والإرشاد والمساعدة في التوظيف',
      article37('i'),
    ),
    vn(
      'InitialHardshipAllowanceAndLoans',
      'Trợ cấp khó khăn ban đầu và hỗ trợ vay vốn',
      'Initial hardship allowance and loans',
      'إعانة الصعوبات الأولية والقروض',
      article37('k'),
    ),
  ],
};

export const subjectCategory: Vocabulary = {
  id: 'vn-subject-category',
  source: 'vn',
  labels: {
    vi: 'Đối tượng được hỗ trợ',
    en: 'Category of supported person',
    ar: 'فئة الشخص المستفيد من الدعم',
  },
  htcdsFields: [],
  multiple: false,
  codes: [
    vn(
      'Victim',
      'Nạn nhân là công dân Việt Nam hoặc người không quốc tịch cư trú tại Việt Nam',
      'Victim: Vietnamese citizen or stateless person residing in Viet Nam',
      'ضحية: مواطن فيتنامي أو شخص عديم الجنسية مقيم في فيتنام',
    ),
    vn(
      'VictimAccompanyingChild',
      'Người dưới 18 tuổi đi cùng nạn nhân',
      'Person under 18 accompanying a victim',
      'قاصر دون الثامنة عشرة يرافق الضحية',
    ),
    vn(
      'InIdentificationAbroad',
      'Người đang trong quá trình xác định là nạn nhân: công dân Việt Nam ở nước ngoài',
      'Person being identified as a victim: Vietnamese citizen abroad',
      'شخص قيد التحقق من كونه ضحية: مواطن فيتنامي في الخارج',
    ),
    vn(
      'InIdentificationAbroadAccompanyingChild',
      'Người dưới 18 tuổi đi cùng người đang được xác định là nạn nhân ở nước ngoài',
      'Person under 18 accompanying a person being identified as a victim abroad',
      'قاصر دون الثامنة عشرة يرافق شخصًا قيد التحقق من كونه ضحية في الخارج',
    ),
    vn(
      'InIdentificationInVietNam',
      'Người đang trong quá trình xác định là nạn nhân: tại Việt Nam',
      'Person being identified as a victim: in Viet Nam',
      'شخص قيد التحقق من كونه ضحية: داخل فيتنام',
    ),
    vn(
      'InIdentificationInVietNamAccompanyingChild',
      'Người dưới 18 tuổi đi cùng người đang được xác định là nạn nhân tại Việt Nam',
      'Person under 18 accompanying a person being identified as a victim in Viet Nam',
      'قاصر دون الثامنة عشرة يرافق شخصًا قيد التحقق من كونه ضحية داخل فيتنام',
    ),
    vn(
      'ForeignVictim',
      'Nạn nhân là người nước ngoài bị mua bán tại Việt Nam',
      'Foreign victim trafficked in Viet Nam',
      'ضحية أجنبية تعرّضت للاتجار في فيتنام',
    ),
    vn(
      'ForeignInIdentification',
      'Người nước ngoài bị mua bán tại Việt Nam đang trong quá trình xác định là nạn nhân',
      'Foreign person trafficked in Viet Nam being identified as a victim',
      'شخص أجنبي تعرّض للاتجار في فيتنام وقيد التحقق من كونه ضحية',
    ),
  ],
};

export interface Entitlement {
  regime: string;
  /** True where the law grants the regime "depending on the case" rather than outright. */
  conditional: boolean;
}

const ALL = ['EssentialNeeds', 'Medical', 'Interpretation', 'LegalInformation'];
const outright = (names: string[]): Entitlement[] =>
  names.map((name) => ({ regime: `vn.${name}`, conditional: false }));
const dependingOnCase = (names: string[]): Entitlement[] =>
  names.map((name) => ({ regime: `vn.${name}`, conditional: true }));

const VICTIM = [...ALL, 'LegalAid', 'TravelCosts', 'Psychological', 'GeneralEducation'];
const IN_VIET_NAM = [...ALL, 'LegalAid', 'TravelCosts', 'Psychological'];
const FOREIGN = [...ALL, 'LegalAid', 'Psychological'];

/** Who may receive which regime (Law 53/2024/QH15, Art. 37), by subject-category code. */
export const entitlements: Readonly<Record<string, readonly Entitlement[]>> = {
  'vn.Victim': outright([...VICTIM, 'VocationalTrainingAndEmployment', 'InitialHardshipAllowanceAndLoans']),
  'vn.VictimAccompanyingChild': outright(VICTIM),
  'vn.InIdentificationAbroad': outright(ALL),
  'vn.InIdentificationAbroadAccompanyingChild': outright(ALL),
  'vn.InIdentificationInVietNam': outright(IN_VIET_NAM),
  'vn.InIdentificationInVietNamAccompanyingChild': outright(IN_VIET_NAM),
  'vn.ForeignVictim': dependingOnCase(FOREIGN),
  'vn.ForeignInIdentification': dependingOnCase(FOREIGN),
};

/** The regimes a subject category may receive; empty for an unknown category. */
export function regimesFor(subjectCategory: string): readonly Entitlement[] {
  return entitlements[subjectCategory] ?? [];
}
