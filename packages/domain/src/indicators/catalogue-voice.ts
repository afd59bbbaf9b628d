import type { IndicatorDefinitionInput } from './definition';

/**
 * Indicators of survivor voice (#20): anonymous feedback and complaints, read from the national fact views of
 * migration 0042. National only (`nationalOnlySubjects`): always suppressed, never counted for one agency.
 */
export function voiceIndicators(): IndicatorDefinitionInput[] {
  return [
    {
      code: 'feedback_responses',
      name: { vi: 'Lượt góp ý của người được hỗ trợ', en: 'Feedback responses', ar: 'ردود الملاحظات' },
      definition: {
        vi: 'Số phiếu góp ý ẩn danh mà người được hỗ trợ đã gửi (toàn quốc; theo tháng gửi).',
        en: 'Anonymous feedback forms answered by the persons supported (national; by the month of the answer).',
        ar: 'استمارات الملاحظات المجهولة التي أجاب عنها الأشخاص المدعومون (على المستوى الوطني؛ حسب شهر الإجابة).',
      },
      unit: 'count',
      block: { kind: 'count', subject: 'feedback_response' },
      dimensions: ['province', 'agency_type'],
    },
    {
      code: 'survivors_satisfied',
      name: {
        vi: 'Người được hỗ trợ hài lòng (%)',
        en: 'Survivors satisfied (%)',
        ar: 'الناجون الراضون (%)',
      },
      definition: {
        vi: 'Tỷ lệ phiếu góp ý có điểm trung bình các câu đã trả lời (tôn trọng, an toàn, giúp ích; có = 1, một phần = 0,5, không = 0) từ 0,75 trở lên, trên số phiếu trả lời ít nhất một câu trong ba câu đó.',
        en: 'Share of feedback responses whose answered questions (respect, safety, helped; yes = 1, partly = 0.5, no = 0) average 0.75 or more, among responses answering at least one of the three.',
        ar: 'نسبة ردود الملاحظات التي يبلغ متوسط أسئلتها المُجاب عنها (الاحترام، الأمان، الفائدة؛ نعم = 1، جزئيًا = 0.5، لا = 0) ‏0.75 أو أكثر، من بين الردود التي أجابت عن سؤال واحد على الأقل من الثلاثة.',
      },
      unit: 'percentage',
      block: {
        kind: 'ratio',
        subject: 'feedback_response',
        where: [{ code: 'rated' }],
        numerator: [{ code: 'satisfied' }],
      },
      dimensions: ['province', 'agency_type'],
    },
    {
      code: 'complaints_received',
      name: { vi: 'Khiếu nại đã nhận', en: 'Complaints received', ar: 'الشكاوى المستلمة' },
      definition: {
        vi: 'Số khiếu nại về cách một cơ quan đối xử với người được hỗ trợ (toàn quốc; theo ngày nhận; tỉnh và loại của cơ quan bị khiếu nại).',
        en: 'Complaints about how an agency treated a person supported (national; by the day received; province and type of the agency complained about).',
        ar: 'الشكاوى المتعلقة بطريقة معاملة جهة ما لشخص مدعوم (على المستوى الوطني؛ حسب يوم الاستلام؛ محافظة الجهة المشتكى منها ونوعها).',
      },
      unit: 'count',
      block: { kind: 'count', subject: 'complaint' },
      dimensions: ['province', 'agency_type'],
    },
    {
      code: 'complaints_answered_on_time',
      name: {
        vi: 'Khiếu nại được trả lời đúng hạn (%)',
        en: 'Complaints answered within the deadline (%)',
        ar: 'الشكاوى التي رُدّ عليها ضمن المهلة (%)',
      },
      definition: {
        vi: 'Tỷ lệ khiếu nại được trả lời đến hết ngày hạn, trên số khiếu nại đã được trả lời hoặc đã quá hạn (khiếu nại chưa đến hạn không được tính).',
        en: 'Share of complaints answered by the end of their deadline day, among complaints answered or past their deadline (complaints not yet due are left out).',
        ar: 'نسبة الشكاوى التي رُدّ عليها حتى نهاية يوم مهلتها، من بين الشكاوى التي رُدّ عليها أو تجاوزت مهلتها (لا تُحسب الشكاوى التي لم تحن مهلتها بعد).',
      },
      unit: 'percentage',
      block: {
        kind: 'ratio',
        subject: 'complaint',
        where: [{ code: 'answer_due' }],
        numerator: [{ code: 'responded_on_time' }],
      },
      dimensions: ['province', 'agency_type'],
    },
  ];
}
