import type { Labels } from '../vocabularies/types';

/**
 * Needs a screening can point to, whatever its outcome: immediate ones first. Where a need matches a
 * support regime of the 2024 Law (Art. 37), `regime` names it, so a case can carry it into a support plan.
 */
export interface ScreeningNeed {
  id: string;
  labels: Labels;
  immediate: boolean;
  regime?: string;
}

const need = (
  id: string,
  immediate: boolean,
  vi: string,
  en: string,
  ar: string,
  regime?: string,
): ScreeningNeed => ({
  id,
  immediate,
  labels: { vi, en, ar },
  ...(regime ? { regime } : {}),
});

export const screeningNeeds: readonly ScreeningNeed[] = [
  need('medical-care', true, 'Chăm sóc y tế', 'Medical care', 'رعاية طبية', 'vn.Medical'),
  need('safe-shelter', true, 'Nơi ở an toàn', 'Safe shelter', 'مأوى آمن', 'vn.EssentialNeeds'),
  need(
    'immediate-safety',
    true,
    'Bảo vệ an toàn ngay',
    'Protection from immediate danger',
    'حماية من خطر داهم',
  ),
  need(
    'essential-needs',
    true,
    'Nhu yếu phẩm (ăn, mặc)',
    'Food, clothing and essentials',
    'الغذاء والملبس والاحتياجات الأساسية',
    'vn.EssentialNeeds',
  ),
  need('interpretation', true, 'Phiên dịch', 'Interpretation', 'ترجمة شفوية', 'vn.Interpretation'),
  need('child-protection', true, 'Bảo vệ trẻ em', 'Child protection', 'حماية الطفل'),
  need(
    'psychological-support',
    false,
    'Hỗ trợ tâm lý',
    'Psychological support',
    'دعم نفسي',
    'vn.Psychological',
  ),
  need('legal-aid', false, 'Trợ giúp pháp lý', 'Legal aid', 'مساعدة قانونية', 'vn.LegalAid'),
  need('identity-documents', false, 'Giấy tờ tùy thân', 'Identity documents', 'وثائق الهوية'),
  need(
    'travel-home',
    false,
    'Chi phí đi lại về nơi cư trú',
    'Travel home',
    'العودة إلى مكان الإقامة',
    'vn.TravelCosts',
  ),
  need('family-contact', false, 'Liên lạc với gia đình', 'Contact with family', 'التواصل مع الأسرة'),
  need('debt-advice', false, 'Tư vấn về nợ', 'Advice on debts', 'مشورة بشأن الديون'),
  need(
    'livelihood',
    false,
    'Sinh kế, việc làm',
    'Livelihood and work',
    'سبل العيش والعمل',
    'vn.VocationalTrainingAndEmployment',
  ),
  need('education', false, 'Học tập', 'Education', 'التعليم', 'vn.GeneralEducation'),
  need(
    'safe-migration-information',
    false,
    'Thông tin di cư an toàn',
    'Safe migration information',
    'معلومات عن الهجرة الآمنة',
  ),
];

export const screeningNeedIds = screeningNeeds.map((entry) => entry.id);

export function findNeed(id: string): ScreeningNeed | undefined {
  return screeningNeeds.find((entry) => entry.id === id);
}
