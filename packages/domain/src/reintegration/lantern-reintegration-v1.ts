import type { InstrumentInput } from '../screening/instrument-schema';
import type { Labels } from '../vocabularies/types';

type Dimension = 'economic' | 'social' | 'psychosocial';
const l = (vi: string, en: string, ar: string): Labels => ({ vi, en, ar });

/** An answer the person can give, with its value in 0–1 (1 = the better situation). */
interface Choice {
  value: string;
  score: number;
  labels: Labels;
}
interface Item {
  id: string;
  dimension: Dimension;
  weight: number;
  prompt: Labels;
  /** Absent: a yes-no question, "yes" worth `yes` (1 when "yes" is the good answer, else 0). */
  choices?: Choice[];
  yes?: number;
  showIf?: { question: string; anyOf: string[] };
}

const c = (value: string, score: number, vi: string, en: string, ar: string): Choice => ({
  value,
  score,
  labels: l(vi, en, ar),
});
const oftenSometimesNever = (good: 'never' | 'often') => [
  c('often', good === 'often' ? 1 : 0, 'Thường xuyên', 'Often', 'غالبًا'),
  c('sometimes', 0.5, 'Đôi khi', 'Sometimes', 'أحيانًا'),
  c('never', good === 'never' ? 1 : 0, 'Không bao giờ', 'Never', 'أبدًا'),
];

/**
 * Lantern's own reintegration follow-up, inspired by the economic, social and psychosocial dimensions of
 * IOM's Reintegration Sustainability Survey but NOT that survey: IOM's questions, weights and any cut-off
 * are not verified (docs/reference/reintegration.md), so none is claimed. Heavier weights go to the items
 * case workers act on first (income, food, a support network, distress). Version 1; a change is version 2.
 */
const items: Item[] = [
  {
    id: 'econ-satisfaction',
    dimension: 'economic',
    weight: 1,
    prompt: l(
      'Anh/chị hài lòng thế nào với tình hình kinh tế hiện nay của mình?',
      'How satisfied are you with your economic situation now?',
      'ما مدى رضاك عن وضعك الاقتصادي الآن؟',
    ),
    choices: [
      c('not-at-all', 0, 'Không hài lòng', 'Not satisfied', 'غير راضٍ'),
      c('partly', 0.5, 'Hài lòng một phần', 'Partly satisfied', 'راضٍ جزئيًا'),
      c('satisfied', 1, 'Hài lòng', 'Satisfied', 'راضٍ'),
    ],
  },
  {
    id: 'econ-income',
    dimension: 'economic',
    weight: 2,
    prompt: l(
      'Anh/chị hiện có việc làm hoặc nguồn thu nhập không?',
      'Do you have work or another source of income now?',
      'هل لديك عمل أو مصدر دخل آخر الآن؟',
    ),
    choices: [
      c('none', 0, 'Không có', 'None', 'لا يوجد'),
      c('irregular', 0.5, 'Có, nhưng không đều', 'Yes, but irregular', 'نعم، لكنه غير منتظم'),
      c('regular', 1, 'Có, đều đặn', 'Yes, regular', 'نعم، منتظم'),
    ],
  },
  {
    id: 'econ-food',
    dimension: 'economic',
    weight: 2,
    prompt: l(
      'Trong tháng qua, gia đình anh/chị có lúc nào thiếu ăn không?',
      'In the past month, did your household go without enough food?',
      'في الشهر الماضي، هل عانت أسرتك من نقص في الطعام؟',
    ),
    choices: oftenSometimesNever('never'),
  },
  {
    id: 'econ-debt',
    dimension: 'economic',
    weight: 1,
    yes: 0,
    prompt: l(
      'Anh/chị có khoản nợ nào thấy khó trả không?',
      'Do you have debts you find hard to repay?',
      'هل عليك ديون تجد صعوبة في سدادها؟',
    ),
  },
  {
    id: 'econ-borrow',
    dimension: 'economic',
    weight: 1,
    yes: 1,
    prompt: l(
      'Nếu cần tiền gấp, anh/chị có thể vay được không?',
      'If you needed money urgently, could you borrow it?',
      'إذا احتجت إلى المال بشكل عاجل، هل يمكنك اقتراضه؟',
    ),
  },
  {
    id: 'soc-housing',
    dimension: 'social',
    weight: 1,
    prompt: l('Chỗ ở hiện nay của anh/chị thế nào?', 'How is your housing now?', 'كيف هو سكنك الآن؟'),
    choices: [
      c('unsafe', 0, 'Không an toàn hoặc tạm bợ', 'Unsafe or makeshift', 'غير آمن أو مؤقت'),
      c('basic', 0.5, 'Tạm đủ', 'Basic', 'أساسي'),
      c('adequate', 1, 'Ổn định, đủ ở', 'Stable and adequate', 'مستقر وملائم'),
    ],
  },
  {
    id: 'soc-documents',
    dimension: 'social',
    weight: 1,
    yes: 1,
    prompt: l(
      'Anh/chị đã có đủ giấy tờ tùy thân (căn cước, cư trú) chưa?',
      'Do you have your identity documents (ID card, residence)?',
      'هل لديك وثائق هويتك (بطاقة الهوية، الإقامة)؟',
    ),
  },
  {
    id: 'soc-health-care',
    dimension: 'social',
    weight: 1,
    yes: 1,
    prompt: l(
      'Khi cần, anh/chị có được khám chữa bệnh không?',
      'Can you get health care when you need it?',
      'هل يمكنك الحصول على الرعاية الصحية عند الحاجة؟',
    ),
  },
  {
    id: 'soc-justice',
    dimension: 'social',
    weight: 1,
    yes: 1,
    prompt: l(
      'Nếu cần, anh/chị có biết tìm trợ giúp pháp lý ở đâu không?',
      'If you needed it, would you know where to get legal help?',
      'إذا احتجت، هل تعرف أين تحصل على مساعدة قانونية؟',
    ),
  },
  {
    id: 'soc-schooling',
    dimension: 'social',
    weight: 1,
    showIf: { question: 'has-school-age-children', anyOf: ['yes'] },
    prompt: l(
      'Các cháu trong độ tuổi đi học có đang đi học không?',
      'Are the school-age children going to school?',
      'هل يذهب الأطفال في سن الدراسة إلى المدرسة؟',
    ),
    choices: [
      c('none', 0, 'Không cháu nào', 'None of them', 'لا أحد منهم'),
      c('some', 0.5, 'Một số cháu', 'Some of them', 'بعضهم'),
      c('all', 1, 'Tất cả', 'All of them', 'جميعهم'),
    ],
  },
  {
    id: 'psy-support',
    dimension: 'psychosocial',
    weight: 2,
    yes: 1,
    prompt: l(
      'Anh/chị có người để nhờ cậy, chia sẻ khi khó khăn không?',
      'Do you have people you can turn to when things are hard?',
      'هل لديك أشخاص تلجأ إليهم في الأوقات الصعبة؟',
    ),
  },
  {
    id: 'psy-belonging',
    dimension: 'psychosocial',
    weight: 1,
    prompt: l(
      'Anh/chị có cảm thấy mình là một phần của cộng đồng nơi đang sống không?',
      'Do you feel part of the community where you live?',
      'هل تشعر بأنك جزء من المجتمع الذي تعيش فيه؟',
    ),
    choices: [
      c('no', 0, 'Không', 'No', 'لا'),
      c('somewhat', 0.5, 'Phần nào', 'Somewhat', 'إلى حد ما'),
      c('yes', 1, 'Có', 'Yes', 'نعم'),
    ],
  },
  {
    id: 'psy-discrimination',
    dimension: 'psychosocial',
    weight: 1,
    prompt: l(
      'Anh/chị có bị đối xử tệ hoặc xa lánh vì những gì đã xảy ra không?',
      'Have you been treated badly or shunned because of what happened to you?',
      'هل عوملت بسوء أو نُبذت بسبب ما حدث لك؟',
    ),
    choices: oftenSometimesNever('never'),
  },
  {
    id: 'psy-safety',
    dimension: 'psychosocial',
    weight: 1,
    yes: 1,
    prompt: l(
      'Anh/chị có cảm thấy an toàn nơi mình đang sống không?',
      'Do you feel safe where you live?',
      'هل تشعر بالأمان حيث تعيش؟',
    ),
  },
  {
    id: 'psy-distress',
    dimension: 'psychosocial',
    weight: 2,
    prompt: l(
      'Hai tuần qua, anh/chị có hay thấy buồn, sợ hãi hoặc mất ngủ không?',
      'In the past two weeks, have you often felt sad, afraid or unable to sleep?',
      'في الأسبوعين الماضيين، هل شعرت كثيرًا بالحزن أو الخوف أو عدم القدرة على النوم؟',
    ),
    choices: oftenSometimesNever('never'),
  },
];

const sectionTitles: Record<Dimension, Labels> = {
  economic: l('Kinh tế', 'Economic', 'الاقتصادي'),
  social: l('Xã hội', 'Social', 'الاجتماعي'),
  psychosocial: l('Tâm lý – xã hội', 'Psychosocial', 'النفسي والاجتماعي'),
};
const dimensions: Dimension[] = ['economic', 'social', 'psychosocial'];

const questionOf = (item: Item) => ({
  id: item.id,
  ...(item.choices
    ? { type: 'single' as const, options: item.choices.map(({ value, labels }) => ({ value, labels })) }
    : { type: 'yes-no' as const }),
  prompt: item.prompt,
  ...(item.showIf ? { showIf: item.showIf } : {}),
});

// Asked only to know whether the schooling item applies; it is not scored.
const childrenQuestion = {
  id: 'has-school-age-children',
  type: 'yes-no' as const,
  prompt: l(
    'Trong gia đình có trẻ em trong độ tuổi đi học không?',
    'Are there school-age children in your household?',
    'هل يوجد أطفال في سن الدراسة في أسرتك؟',
  ),
};

export const lanternReintegrationV1: InstrumentInput = {
  id: 'lantern-reintegration',
  version: 1,
  sourceStatus: 'local',
  role: 'reintegration',
  title: l(
    'Đánh giá tái hòa nhập (công cụ của Lantern)',
    'Reintegration assessment (Lantern instrument)',
    'تقييم إعادة الإدماج (أداة Lantern)',
  ),
  summary: l(
    'Công cụ riêng của Lantern, dựa trên ba khía cạnh kinh tế, xã hội và tâm lý – xã hội; không phải bộ khảo sát RSS của IOM và không có ngưỡng chính thức.',
    'Lantern’s own instrument, inspired by the economic, social and psychosocial dimensions; not IOM’s RSS, and with no official cut-off.',
    'أداة خاصة بـ Lantern مستوحاة من الأبعاد الاقتصادية والاجتماعية والنفسية؛ ليست استبيان المنظمة الدولية للهجرة، ولا عتبة رسمية لها.',
  ),
  sources: [
    'Lantern (local instrument, 2026), inspired by the dimensions of IOM, Reintegration Handbook (2019), annex on the Reintegration Sustainability Survey; items, values and weights are Lantern’s own',
  ],
  sections: dimensions.map((dimension) => ({
    id: dimension,
    title: sectionTitles[dimension],
    questions: [
      ...(dimension === 'social' ? [childrenQuestion] : []),
      ...items.filter((item) => item.dimension === dimension).map(questionOf),
    ],
  })),
  scoring: {
    kind: 'normalised-dimensions',
    dimensions: dimensions.map((id) => ({ id, labels: sectionTitles[id], weight: 1 })),
    items: items.map((item) => ({
      id: item.id,
      dimension: item.dimension,
      question: item.id,
      weight: item.weight,
      values: item.choices
        ? Object.fromEntries(item.choices.map((choice) => [choice.value, choice.score]))
        : { yes: item.yes ?? 1, no: 1 - (item.yes ?? 1) },
    })),
  },
  needs: [
    { need: 'psychological-support', when: { question: 'psy-distress', anyOf: ['often'] } },
    { need: 'identity-documents', when: { question: 'soc-documents', anyOf: ['no'] } },
    { need: 'livelihood', when: { question: 'econ-income', anyOf: ['none'] } },
  ],
};
