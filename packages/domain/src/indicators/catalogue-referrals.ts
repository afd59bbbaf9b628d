import { allCaseDimensions, type IndicatorDefinitionInput } from './definition';

type Block = IndicatorDefinitionInput['block'];

/** Referrals made, and the shares accepted, completed and overdue. */
export function referralIndicators(): IndicatorDefinitionInput[] {
  const made: Block = { kind: 'count', subject: 'referral', where: [{ code: 'case_referral' }] };
  const share = (code: 'accepted' | 'completed' | 'overdue'): Block => ({
    kind: 'ratio',
    subject: 'referral',
    where: [{ code: 'case_referral' }],
    numerator: [{ code }],
  });
  return [
    {
      code: 'referrals_made',
      name: { vi: 'Số lượt chuyển gửi', en: 'Referrals made', ar: 'الإحالات المُرسَلة' },
      definition: {
        vi: 'Số lượt chuyển gửi hồ sơ giữa các cơ quan (không tính chuyển kết quả sàng lọc), theo ngày gửi.',
        en: 'Referrals of cases between agencies (screening hand-offs excluded), by day sent.',
        ar: 'إحالات الحالات بين الجهات (باستثناء تسليم نتائج الفحص)، حسب يوم الإرسال.',
      },
      unit: 'count',
      block: made,
      dimensions: allCaseDimensions(),
    },
    {
      code: 'referrals_accepted',
      name: {
        vi: 'Chuyển gửi được chấp nhận (%)',
        en: 'Referrals accepted (%)',
        ar: 'الإحالات المقبولة (%)',
      },
      definition: {
        vi: 'Tỷ lệ lượt chuyển gửi được cơ quan nhận chấp nhận.',
        en: 'Share of referrals the receiving agency accepted.',
        ar: 'نسبة الإحالات التي قبلتها الجهة المستقبِلة.',
      },
      unit: 'percentage',
      block: share('accepted'),
      dimensions: allCaseDimensions(),
    },
    {
      code: 'referrals_completed',
      name: { vi: 'Chuyển gửi hoàn thành (%)', en: 'Referrals completed (%)', ar: 'الإحالات المكتملة (%)' },
      definition: {
        vi: 'Tỷ lệ lượt chuyển gửi đã hoàn thành dịch vụ.',
        en: 'Share of referrals whose services were completed.',
        ar: 'نسبة الإحالات التي اكتملت خدماتها.',
      },
      unit: 'percentage',
      block: share('completed'),
      dimensions: allCaseDimensions(),
    },
    {
      code: 'referrals_overdue',
      name: { vi: 'Chuyển gửi quá hạn (%)', en: 'Referrals overdue (%)', ar: 'الإحالات المتأخرة (%)' },
      definition: {
        vi: 'Tỷ lệ lượt chuyển gửi quá hạn trả lời hoặc quá hạn hoàn thành mà chưa xong, hoặc đã hết hạn.',
        en: 'Share of referrals past their answer or completion deadline and not done, or expired.',
        ar: 'نسبة الإحالات التي تجاوزت موعد الرد أو الإنجاز دون إتمام، أو انتهت صلاحيتها.',
      },
      unit: 'percentage',
      block: share('overdue'),
      dimensions: allCaseDimensions(),
    },
  ];
}
