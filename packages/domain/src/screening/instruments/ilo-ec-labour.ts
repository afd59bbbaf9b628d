import type { InstrumentInput } from '../instrument-schema';
import { iloCombination, iloThreshold } from './ilo-ec-labour/decision-rule';
import { destinationDimensions } from './ilo-ec-labour/destination-dimensions';
import type { Dimension, DimensionContent } from './ilo-ec-labour/dimension-content';
import { recruitmentDimensions } from './ilo-ec-labour/recruitment-dimensions';
import { adultCondition, ageGroupQuestion, childCondition } from './shared-questions';

const iloDimensions: readonly DimensionContent[] = [...recruitmentDimensions, ...destinationDimensions];

const questionOf = (dimension: Dimension): string =>
  (iloDimensions.find((entry) => entry.id === dimension) as DimensionContent).question;

/** A need condition: the dimension's question holds any of these options. */
const chose = (dimension: Dimension, ...options: string[]) => ({
  question: questionOf(dimension),
  anyOf: options,
});

/**
 * ILO–European Commission operational indicators of trafficking in human beings for LABOUR exploitation
 * (Delphi survey, 2009; ILO WCMS_105023), list A (adults) and list C (children) in one instrument.
 *
 * Source status: the six dimensions are verified; the strong/medium/weak grades, the dimension threshold
 * and the combination are SECONDARY (a compilation that agrees with the published adult counts
 * 10/10/16/9/15/7 = 67), not yet checked against the brochure's own tables. A correction is a new version.
 *
 * Each dimension is one section with one multi-choice question; each option is one indicator. An
 * indicator that appears at two stages (documents taken during recruitment and at destination) is two
 * options in two questions, worded by stage. A grade is absent where that list does not have the item.
 */
export const iloEcLabour: InstrumentInput = {
  id: 'ilo-ec-labour',
  version: 1,
  sourceStatus: 'secondary',
  role: 'extension',
  title: {
    vi: 'Chỉ số ILO–EC: bóc lột lao động (người lớn và trẻ em)',
    en: 'ILO–EC indicators: labour exploitation (adults and children)',
    ar: 'مؤشرات منظمة العمل الدولية والمفوضية الأوروبية: الاستغلال في العمل (البالغون والأطفال)',
  },
  summary: {
    vi: 'Các chỉ số vận hành về mua bán người nhằm bóc lột lao động do ILO và Ủy ban châu Âu thống nhất (khảo sát Delphi, 2009), cho người lớn và trẻ em, theo sáu nhóm. Mức độ mạnh/trung bình/yếu, ngưỡng của từng nhóm và cách kết hợp được lấy từ một nguồn tổng hợp thứ cấp và chưa được đối chiếu với tài liệu gốc của ILO. Kết quả chỉ hỗ trợ ra quyết định — cao nhất là “có thể là nạn nhân, cần chuyển để xác định” — không phải là việc xác định nạn nhân.',
    en: 'Operational indicators of trafficking for labour exploitation agreed by the ILO and the European Commission (Delphi survey, 2009), for adults and children, in six dimensions. The strong/medium/weak grades, the dimension threshold and the combination come from a secondary compilation and have not yet been verified against the ILO brochure. The result is decision support — at most “possible victim, refer for identification” — never an identification.',
    ar: 'مؤشرات تشغيلية للاتجار بالبشر لأغراض الاستغلال في العمل اتفقت عليها منظمة العمل الدولية والمفوضية الأوروبية (مسح دلفي، 2009)، للبالغين والأطفال، في ستة أبعاد. درجات المؤشرات (قوي/متوسط/ضعيف) وعتبة كل بُعد وقاعدة الجمع مأخوذة من مصدر ثانوي ولم يُتحقَّق منها بعد مقابل كتيّب منظمة العمل الدولية. النتيجة دعمٌ للقرار — أقصاها «ضحية محتملة، تُحال لتحديد الهوية» — وليست تحديدًا لصفة الضحية أبدًا.',
  },
  sources: [
    'ILO and European Commission, Operational indicators of trafficking in human beings: results from a Delphi survey implemented by the ILO and the European Commission (Geneva, 2009; revised September 2009), ILO WCMS_105023',
    'Grades, dimension threshold and combination: from a secondary compilation (consistent with the published adult labour counts 10/10/16/9/15/7); not yet verified against the brochure',
  ],
  sections: [
    {
      id: 'about',
      title: { vi: 'Về người được phỏng vấn', en: 'About the person', ar: 'عن الشخص' },
      intro: {
        vi: 'Trẻ em dưới 18 tuổi được áp dụng danh mục riêng và không cần có yếu tố ép buộc hay lừa gạt.',
        en: 'Children under 18 have their own list, and no coercion or deception needs to be shown.',
        ar: 'للأطفال دون 18 عامًا قائمة خاصة بهم، ولا يلزم إثبات الإكراه أو الخداع.',
      },
      questions: [ageGroupQuestion],
    },
    ...iloDimensions.map((dimension) => ({
      id: dimension.id,
      title: dimension.title,
      intro: dimension.intro,
      questions: [
        {
          id: dimension.question,
          type: 'multi' as const,
          prompt: dimension.prompt,
          help: dimension.help,
          options: dimension.indicators.map((indicator) => ({
            value: indicator.option,
            labels: indicator.labels,
          })),
        },
      ],
    })),
  ],
  scoring: {
    kind: 'graded-dimensions',
    // Presumption of minority: "may be under 18" is scored as a child.
    subject: { child: childCondition, adult: adultCondition },
    dimensions: iloDimensions.map((dimension) => ({ id: dimension.id, labels: dimension.title })),
    indicators: iloDimensions.flatMap((dimension) =>
      dimension.indicators.map((indicator) => ({
        id: `${dimension.prefix}-${indicator.option}`,
        dimension: dimension.id,
        source: { question: dimension.question, option: indicator.option },
        grades: indicator.grades,
      })),
    ),
    threshold: iloThreshold,
    combination: iloCombination,
  },
  // One rule per need. These are suggestions to refer, read from the answers whatever the outcome.
  needs: [
    // The shared age question (also presumption of minority).
    { need: 'child-protection', when: childCondition },
    {
      need: 'immediate-safety',
      when: {
        any: [
          chose('coercive-recruitment', 'threats-of-violence', 'violence-on-family'),
          chose('coercion-at-destination', 'threats-of-violence', 'violence-on-family'),
        ],
      },
    },
    {
      need: 'medical-care',
      when: {
        any: [chose('coercive-recruitment', 'violence'), chose('coercion-at-destination', 'violence')],
      },
    },
    {
      need: 'psychological-support',
      when: {
        any: [
          chose(
            'coercive-recruitment',
            'violence',
            'abduction-or-sale',
            'isolation',
            'threats-of-violence',
            'violence-on-family',
          ),
          chose(
            'coercion-at-destination',
            'violence',
            'isolation',
            'threats-of-violence',
            'violence-on-family',
          ),
        ],
      },
    },
    {
      need: 'identity-documents',
      when: {
        any: [
          chose('coercive-recruitment', 'documents-taken'),
          chose('coercion-at-destination', 'documents-taken'),
        ],
      },
    },
    {
      need: 'debt-advice',
      when: {
        any: [
          chose('coercive-recruitment', 'debt-bondage'),
          chose('coercion-at-destination', 'debt-bondage'),
        ],
      },
    },
    {
      // Forced criminality (non-punishment), immigration status, and unpaid or withheld wages.
      need: 'legal-aid',
      when: {
        any: [
          chose('coercion-at-destination', 'forced-illicit-activities', 'wages-withheld'),
          chose('exploitative-conditions', 'low-or-no-pay', 'wage-manipulation', 'labour-law-breached'),
          chose(
            'recruitment-abuse-of-vulnerability',
            'abuse-irregular-status',
            'relationship-with-authorities',
          ),
          chose('abuse-of-vulnerability-at-destination', 'relationship-with-authorities'),
        ],
      },
    },
    {
      need: 'livelihood',
      when: {
        any: [
          chose('recruitment-abuse-of-vulnerability', 'economic-reasons'),
          chose('abuse-of-vulnerability-at-destination', 'economic-reasons'),
        ],
      },
    },
    {
      need: 'education',
      when: {
        any: [
          chose('exploitative-conditions', 'no-access-to-education'),
          chose('deceptive-recruitment', 'deceived-education'),
        ],
      },
    },
  ],
};
