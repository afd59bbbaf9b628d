import { laterModuleIndicators } from './catalogue-later-modules';
import { referralIndicators } from './catalogue-referrals';
import { voiceIndicators } from './catalogue-voice';
import {
  allCaseDimensions,
  type IndicatorDefinition,
  type IndicatorDefinitionInput,
  indicatorDefinitionSchema,
} from './definition';

/**
 * The indicators every installation starts with (issue #19, "Seed at least"): the questions the national
 * programme's mid-term and final reviews ask (Decision 193/QĐ-TTg, Decision 33/QĐ-TTg). Targets are empty: no
 * numeric targets of the 2026–2030 programme were found, and administrators enter them as data.
 */

const seed: IndicatorDefinitionInput[] = [
  {
    code: 'persons_screened',
    name: { vi: 'Số người được sàng lọc', en: 'Persons screened', ar: 'الأشخاص الذين خضعوا للفحص' },
    definition: {
      vi: 'Số cuộc sàng lọc đã thực hiện (sàng lọc ẩn danh: mỗi cuộc được tính một người).',
      en: 'Screening interviews held (screenings are anonymous: each counts as one person).',
      ar: 'مقابلات الفحص المُجراة (الفحص مجهول الهوية: تُحسب كل مقابلة شخصًا واحدًا).',
    },
    unit: 'count',
    block: { kind: 'count', subject: 'screening' },
    dimensions: ['province', 'agency_type'],
  },
  {
    code: 'possible_victims_screened',
    name: {
      vi: 'Nạn nhân có thể qua sàng lọc',
      en: 'Possible victims from screening',
      ar: 'الضحايا المحتملون من الفحص',
    },
    definition: {
      vi: 'Số cuộc sàng lọc có kết quả "có thể là nạn nhân".',
      en: 'Screenings whose outcome is "possible victim".',
      ar: 'مقابلات الفحص التي كانت نتيجتها «ضحية محتملة».',
    },
    unit: 'count',
    block: { kind: 'count', subject: 'screening', where: [{ code: 'possible_victim' }] },
    dimensions: ['province', 'agency_type'],
  },
  {
    code: 'persons_received',
    name: { vi: 'Số người được tiếp nhận', en: 'Persons received', ar: 'الأشخاص المستقبَلون' },
    definition: {
      vi: 'Số hồ sơ được tiếp nhận, theo ngày tiếp nhận.',
      en: 'Cases received, by day of reception.',
      ar: 'الحالات المستقبَلة، حسب يوم الاستقبال.',
    },
    unit: 'count',
    block: { kind: 'count', subject: 'case' },
    dimensions: allCaseDimensions(),
  },
  {
    code: 'verified_within_3_days',
    name: {
      vi: 'Xác minh trong vòng 3 ngày (%)',
      en: 'Verified within 3 days (%)',
      ar: 'التحقق خلال 3 أيام (%)',
    },
    definition: {
      vi: 'Tỷ lệ người được tiếp nhận có kết luận xác minh trong vòng 3 ngày kể từ ngày tiếp nhận (Luật 53/2024, Điều 27).',
      en: 'Share of persons received whose verification was decided within 3 days of reception (Law 53/2024, Art. 27).',
      ar: 'نسبة الأشخاص المستقبَلين الذين صدر قرار التحقق بشأنهم خلال 3 أيام من الاستقبال (القانون 53/2024، المادة 27).',
    },
    unit: 'percentage',
    block: { kind: 'ratio', subject: 'case', numerator: [{ code: 'verified_within_days', days: 3 }] },
    dimensions: allCaseDimensions(),
  },
  {
    code: 'victims_identified',
    name: { vi: 'Nạn nhân được xác định', en: 'Identified victims', ar: 'الضحايا المحدَّدون' },
    definition: {
      vi: 'Số người được cơ quan có thẩm quyền xác định là nạn nhân, theo ngày xác định.',
      en: 'Persons identified as victims by the competent authority, by day of identification.',
      ar: 'الأشخاص الذين حددتهم السلطة المختصة ضحايا، حسب يوم التحديد.',
    },
    unit: 'count',
    block: { kind: 'count', subject: 'case', where: [{ code: 'identified' }] },
    periodBy: 'identified',
    dimensions: allCaseDimensions(),
  },
  {
    code: 'victims_supported',
    name: {
      vi: 'Nạn nhân được hỗ trợ (%)',
      en: 'Identified victims receiving support (%)',
      ar: 'الضحايا المحدَّدون الذين تلقّوا الدعم (%)',
    },
    definition: {
      vi: 'Tỷ lệ nạn nhân đã xác định có ít nhất một lần hỗ trợ được ghi nhận hoặc phê duyệt.',
      en: 'Share of identified victims with at least one support delivery recorded or approved.',
      ar: 'نسبة الضحايا المحدَّدين الذين سُجّل لهم أو اعتُمد تقديم دعم واحد على الأقل.',
    },
    unit: 'percentage',
    block: {
      kind: 'ratio',
      subject: 'case',
      where: [{ code: 'identified' }],
      numerator: [{ code: 'supported' }],
    },
    periodBy: 'identified',
    dimensions: allCaseDimensions(),
  },
  {
    code: 'days_reception_to_identification',
    name: {
      vi: 'Số ngày từ tiếp nhận đến xác định (trung vị)',
      en: 'Median days from reception to identification',
      ar: 'الوسيط بالأيام من الاستقبال إلى التحديد',
    },
    definition: {
      vi: 'Trung vị số ngày từ ngày tiếp nhận đến ngày xác định nạn nhân.',
      en: 'Median number of days from the day of reception to the day of identification.',
      ar: 'وسيط عدد الأيام من يوم الاستقبال إلى يوم التحديد.',
    },
    unit: 'median_days',
    block: {
      kind: 'median_days',
      subject: 'case',
      where: [{ code: 'identified' }],
      from: 'received',
      to: 'identified',
    },
    periodBy: 'identified',
    dimensions: allCaseDimensions(),
  },
  {
    code: 'days_identification_to_support',
    name: {
      vi: 'Số ngày từ xác định đến hỗ trợ đầu tiên (trung vị)',
      en: 'Median days from identification to first support',
      ar: 'الوسيط بالأيام من التحديد إلى أول دعم',
    },
    definition: {
      vi: 'Trung vị số ngày từ ngày xác định nạn nhân đến lần hỗ trợ đầu tiên.',
      en: 'Median number of days from identification to the first support delivered.',
      ar: 'وسيط عدد الأيام من التحديد إلى أول دعم مقدَّم.',
    },
    unit: 'median_days',
    block: {
      kind: 'median_days',
      subject: 'case',
      where: [{ code: 'identified' }, { code: 'supported' }],
      from: 'identified',
      to: 'first_support',
    },
    periodBy: 'identified',
    dimensions: allCaseDimensions(),
  },
  ...referralIndicators(),
  {
    code: 'recruited_online',
    name: {
      vi: 'Bị tuyển mộ qua mạng (%)',
      en: 'Cases recruited online (%)',
      ar: 'حالات التجنيد عبر الإنترنت (%)',
    },
    definition: {
      vi: 'Tỷ lệ hồ sơ bị tuyển mộ qua mạng xã hội, quảng cáo trực tuyến hoặc nền tảng trực tuyến, trong số hồ sơ biết cách tuyển mộ.',
      en: 'Share of cases recruited through social networks, online advertisements or online platforms, among cases whose recruitment is known.',
      ar: 'نسبة الحالات التي جُنِّدت عبر الشبكات الاجتماعية أو الإعلانات أو المنصات الإلكترونية، من بين الحالات المعروفة طريقة تجنيدها.',
    },
    unit: 'percentage',
    block: {
      kind: 'ratio',
      subject: 'case',
      where: [{ code: 'recruitment_known' }],
      numerator: [{ code: 'recruited_online' }],
    },
    dimensions: allCaseDimensions().filter((dimension) => dimension !== 'recruitment_channel'),
  },
  {
    code: 'follow_ups_on_schedule',
    name: {
      vi: 'Thăm theo dõi tái hòa nhập đúng hạn (%)',
      en: 'Reintegration follow-ups done on schedule (%)',
      ar: 'زيارات متابعة إعادة الإدماج المنجزة في موعدها (%)',
    },
    definition: {
      vi: 'Tỷ lệ lần thăm đã đến hạn được đánh giá trong vòng 14 ngày quanh ngày hẹn.',
      en: 'Share of follow-up visits fallen due that were assessed within 14 days of their day.',
      ar: 'نسبة زيارات المتابعة المستحقة التي قُيّمت خلال 14 يومًا من موعدها.',
    },
    unit: 'percentage',
    block: {
      kind: 'ratio',
      subject: 'reintegration_visit',
      where: [{ code: 'visit_due' }],
      numerator: [{ code: 'done_on_schedule', days: 14 }],
    },
    dimensions: allCaseDimensions(),
  },
  {
    code: 'reintegration_score_12_months',
    name: {
      vi: 'Điểm tái hòa nhập trung bình sau 12 tháng',
      en: 'Mean reintegration score at 12 months',
      ar: 'متوسط درجة إعادة الإدماج بعد 12 شهرًا',
    },
    definition: {
      vi: 'Điểm tổng hợp trung bình (0–1) của các lần đánh giá tại lần thăm 12 tháng.',
      en: 'Mean composite score (0–1) of the assessments at the 12-month visit.',
      ar: 'متوسط الدرجة المركبة (0–1) لتقييمات زيارة الشهر الثاني عشر.',
    },
    unit: 'mean',
    block: {
      kind: 'mean',
      subject: 'reintegration_assessment',
      where: [{ code: 'visit_months', months: 12 }],
      measure: 'reintegration_composite',
    },
    dimensions: allCaseDimensions(),
  },
  ...laterModuleIndicators(),
  ...voiceIndicators(),
];

/** The seeded catalogue, checked by the same schema an administrator's indicator passes. */
export const seededIndicators: readonly IndicatorDefinition[] = seed.map((entry) =>
  indicatorDefinitionSchema.parse(entry),
);

export function findIndicator(code: string): IndicatorDefinition | undefined {
  return seededIndicators.find((indicator) => indicator.code === code);
}
