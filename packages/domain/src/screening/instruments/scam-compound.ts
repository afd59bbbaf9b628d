import type { Labels } from '../../vocabularies/types';
import type { Grade, InstrumentInput } from '../instrument-schema';
import { adultCondition, ageGroupQuestion, childCondition } from './shared-questions';

type Dimension = 'online-recruitment' | 'forced-criminality' | 'coercion-at-compound';

interface Item {
  id: string;
  dimension: Dimension;
  grade: Grade;
  prompt: Labels;
}

/**
 * Grades follow the ILO–EC scheme by analogy (a local extension, not ILO data): being deceived about the
 * nature of the work, confiscated documents, confinement, violence and debt bondage at destination are
 * strong there, so they are strong here; resale between compounds is treated as strong because it shows
 * the person is held as property. Softer signs that many ordinary migrants share are medium or weak.
 */
const items: Item[] = [
  {
    id: 'deceived-about-work',
    dimension: 'online-recruitment',
    grade: 'strong',
    prompt: {
      vi: 'Được hứa làm việc văn phòng, bán hàng, chăm sóc khách hàng…, nhưng thực tế bị bắt đi lừa đảo qua mạng?',
      en: 'Promised office, sales or customer-service work, but in fact made to run online scams?',
      ar: 'وُعد بعمل مكتبي أو في المبيعات أو خدمة العملاء، لكنه أُجبر فعليًا على الاحتيال عبر الإنترنت؟',
    },
  },
  {
    id: 'high-pay-offer',
    dimension: 'online-recruitment',
    grade: 'medium',
    prompt: {
      vi: 'Lời mời hứa lương cao, việc nhẹ, không cần kinh nghiệm hay bằng cấp?',
      en: 'Did the offer promise high pay for light work, with no experience or qualifications needed?',
      ar: 'هل وعد العرض بأجر مرتفع مقابل عمل خفيف دون الحاجة إلى خبرة أو مؤهلات؟',
    },
  },
  {
    id: 'offer-online',
    dimension: 'online-recruitment',
    grade: 'weak',
    prompt: {
      vi: 'Lời mời đến qua mạng xã hội hoặc ứng dụng nhắn tin (Facebook, Zalo, Telegram, TikTok…)?',
      en: 'Did the offer come through social media or a messaging app (Facebook, Zalo, Telegram, TikTok…)?',
      ar: 'هل وصل العرض عبر وسائل التواصل الاجتماعي أو تطبيق مراسلة (فيسبوك، زالو، تيليغرام، تيك توك…)؟',
    },
  },
  {
    id: 'travel-paid-and-guided',
    dimension: 'online-recruitment',
    grade: 'medium',
    prompt: {
      vi: 'Chi phí đi lại do người khác trả, và được dẫn qua biên giới bằng đường bộ, tránh cửa khẩu?',
      en: 'Was the journey paid by others, with the person guided across the border by land, avoiding checkpoints?',
      ar: 'هل دفع آخرون تكاليف الرحلة، واقتيد الشخص عبر الحدود برًا متجنبًا نقاط التفتيش؟',
    },
  },
  {
    id: 'fraud-quotas',
    dimension: 'forced-criminality',
    grade: 'strong',
    prompt: {
      vi: 'Bị buộc lừa người khác qua mạng (tình cảm, đầu tư, tiền ảo, cờ bạc) và phải đạt chỉ tiêu?',
      en: 'Made to defraud people online (romance, investment, crypto, gambling) and to meet quotas?',
      ar: 'أُجبر على الاحتيال على الناس عبر الإنترنت (علاقات عاطفية، استثمار، عملات مشفرة، قمار) وعلى تحقيق حصص؟',
    },
  },
  {
    id: 'excessive-hours',
    dimension: 'forced-criminality',
    grade: 'strong',
    prompt: {
      vi: 'Phải làm việc rất nhiều giờ mỗi ngày, không có ngày nghỉ?',
      en: 'Made to work very long hours every day, without days off?',
      ar: 'أُجبر على العمل ساعات طويلة جدًا كل يوم دون أيام راحة؟',
    },
  },
  {
    id: 'unpaid-or-fined',
    dimension: 'forced-criminality',
    grade: 'medium',
    prompt: {
      vi: 'Không được trả lương, hoặc bị trừ, phạt tiền đến mức gần như không còn gì?',
      en: 'Not paid, or docked and fined until almost nothing was left?',
      ar: 'لم يُدفع له أجر، أو خُصم منه وغُرِّم حتى لم يبقَ له شيء تقريبًا؟',
    },
  },
  {
    id: 'made-to-recruit-others',
    dimension: 'forced-criminality',
    grade: 'medium',
    prompt: {
      vi: 'Bị buộc rủ rê, lôi kéo người quen sang làm?',
      en: 'Made to lure friends or relatives into coming too?',
      ar: 'أُجبر على استدراج أصدقاء أو أقارب للمجيء أيضًا؟',
    },
  },
  {
    id: 'bad-living-conditions',
    dimension: 'forced-criminality',
    grade: 'medium',
    prompt: {
      vi: 'Ăn ở rất tồi tệ, thiếu ăn, ngủ chung đông người?',
      en: 'Very poor living conditions: too little food, crowded sleeping rooms?',
      ar: 'ظروف معيشة سيئة جدًا: طعام غير كافٍ وغرف نوم مكتظة؟',
    },
  },
  {
    id: 'passport-taken',
    dimension: 'coercion-at-compound',
    grade: 'strong',
    prompt: {
      vi: 'Bị thu giữ hộ chiếu hoặc giấy tờ tùy thân khi đến nơi?',
      en: 'Was the passport or ID taken away on arrival?',
      ar: 'هل أُخذ جواز السفر أو بطاقة الهوية عند الوصول؟',
    },
  },
  {
    id: 'confined-guarded',
    dimension: 'coercion-at-compound',
    grade: 'strong',
    prompt: {
      vi: 'Không được tự do ra khỏi khu, có bảo vệ canh gác, tường rào?',
      en: 'Not free to leave the compound, with guards, walls or fences?',
      ar: 'لم يكن حرًا في مغادرة المجمّع، مع وجود حراس أو أسوار؟',
    },
  },
  {
    id: 'punished-violently',
    dimension: 'coercion-at-compound',
    grade: 'strong',
    prompt: {
      vi: 'Bị đánh, chích điện, bỏ đói hay trừng phạt khác, ví dụ khi không đạt chỉ tiêu?',
      en: 'Beaten, given electric shocks, starved or otherwise punished, for example for missing quotas?',
      ar: 'تعرّض للضرب أو الصعق الكهربائي أو التجويع أو عقاب آخر، مثلاً عند عدم تحقيق الحصص؟',
    },
  },
  {
    id: 'debt-to-leave',
    dimension: 'coercion-at-compound',
    grade: 'strong',
    prompt: {
      vi: 'Bị đòi trả "phí vận chuyển", "tiền phạt hợp đồng" hay tiền chuộc mới được về?',
      en: 'Told to pay "transport fees", a "contract penalty" or a ransom before being allowed to leave?',
      ar: 'طُلب منه دفع "رسوم نقل" أو "غرامة عقد" أو فدية قبل السماح له بالمغادرة؟',
    },
  },
  {
    id: 'sold-between-compounds',
    dimension: 'coercion-at-compound',
    grade: 'strong',
    prompt: {
      vi: 'Bị bán, chuyển từ khu này sang khu khác?',
      en: 'Sold or passed from one compound to another?',
      ar: 'بيع أو نُقل من مجمّع إلى آخر؟',
    },
  },
  {
    id: 'phone-controlled',
    dimension: 'coercion-at-compound',
    grade: 'medium',
    prompt: {
      vi: 'Điện thoại bị thu hoặc bị theo dõi, không được liên lạc tự do?',
      en: 'Phone taken or monitored, no free contact with anyone?',
      ar: 'أُخذ هاتفه أو رُوقب، ولم يُسمح له بالتواصل بحرية؟',
    },
  },
  {
    id: 'forced-to-lie-to-family',
    dimension: 'coercion-at-compound',
    grade: 'medium',
    prompt: {
      vi: 'Bị buộc nói dối gia đình rằng mình vẫn ổn hoặc đang làm việc bình thường?',
      en: 'Made to tell the family that all was well or that the work was normal?',
      ar: 'أُجبر على إخبار أسرته بأن كل شيء على ما يرام أو أن العمل عادي؟',
    },
  },
  {
    id: 'threats-to-family',
    dimension: 'coercion-at-compound',
    grade: 'medium',
    prompt: {
      vi: 'Gia đình bị đe dọa, hoặc bị đòi tiền?',
      en: 'Was the family threatened, or asked for money?',
      ar: 'هل هُدِّدت الأسرة أو طُلب منها مال؟',
    },
  },
];

const dimensionTitles: Record<Dimension, Labels> = {
  'online-recruitment': {
    vi: 'Tuyển dụng lừa dối qua mạng',
    en: 'Deceptive online recruitment',
    ar: 'التجنيد الخادع عبر الإنترنت',
  },
  'forced-criminality': {
    vi: 'Bị buộc tham gia lừa đảo và điều kiện làm việc',
    en: 'Forced scamming and conditions of work',
    ar: 'الإجبار على الاحتيال وظروف العمل',
  },
  'coercion-at-compound': {
    vi: 'Bị khống chế tại nơi đến',
    en: 'Coercion at the compound',
    ar: 'الإكراه في المجمّع',
  },
};

const dimensions = Object.keys(dimensionTitles) as Dimension[];

export const scamCompound: InstrumentInput = {
  id: 'vn-scam-compound',
  version: 1,
  sourceStatus: 'local',
  role: 'extension',
  title: {
    vi: 'Bổ sung: bị ép làm việc trong các cơ sở lừa đảo trực tuyến',
    en: 'Extension: forced criminality in online scam compounds',
    ar: 'ملحق: الإجبار على الإجرام في مجمّعات الاحتيال عبر الإنترنت',
  },
  summary: {
    vi: 'Phần mở rộng của Việt Nam (không phải danh mục của ILO), chấm theo cùng thang mạnh/trung bình/yếu. Dùng cho người trở về từ Campuchia, Myanmar, Lào… Việc xuất cảnh trái phép hay tham gia lừa đảo do bị ép buộc không loại trừ khả năng là nạn nhân.',
    en: 'A Viet Nam extension (not an ILO list), graded on the same strong/medium/weak scale. For returnees from Cambodia, Myanmar, Laos and elsewhere. Leaving the country irregularly or taking part in fraud under coercion does not rule out being a victim.',
    ar: 'ملحق خاص بفيتنام (ليس قائمة صادرة عن منظمة العمل الدولية)، مصنّف على المقياس نفسه: قوي/متوسط/ضعيف. للعائدين من كمبوديا وميانمار ولاوس وغيرها. الخروج غير النظامي من البلاد أو المشاركة في الاحتيال تحت الإكراه لا ينفي احتمال كون الشخص ضحية.',
  },
  sources: [
    'Local extension by Lantern; pattern from OHCHR (2023), INTERPOL orange notice (2023) and Vietnamese police reports (2024–2026)',
    'Grading scheme and dimension rule by analogy with the ILO–EC operational indicators (2009)',
  ],
  sections: [
    {
      id: 'about',
      title: { vi: 'Về người được phỏng vấn', en: 'About the person', ar: 'عن الشخص' },
      questions: [ageGroupQuestion],
    },
    ...dimensions.map((dimension) => ({
      id: dimension,
      title: dimensionTitles[dimension],
      questions: items
        .filter((item) => item.dimension === dimension)
        .map((item) => ({ id: item.id, type: 'yes-no' as const, prompt: item.prompt })),
    })),
    {
      id: 'legal-situation',
      title: { vi: 'Tình trạng pháp lý', en: 'Legal situation', ar: 'الوضع القانوني' },
      questions: [
        {
          id: 'facing-charges',
          type: 'yes-no',
          prompt: {
            vi: 'Người này có đang bị xử lý vì xuất cảnh trái phép hoặc vì hoạt động lừa đảo không?',
            en: 'Is the person facing penalties for leaving irregularly or for the fraud?',
            ar: 'هل يواجه الشخص عقوبات بسبب الخروج غير النظامي أو بسبب الاحتيال؟',
          },
          help: {
            vi: 'Nạn nhân thường bị coi nhầm là người vi phạm. Ghi nhận để chuyển trợ giúp pháp lý.',
            en: 'Victims are often mistaken for offenders. Record it so that legal aid can follow.',
            ar: 'كثيرًا ما يُعامل الضحايا خطأً كمخالفين. سجّل ذلك لتتبعه مساعدة قانونية.',
          },
        },
      ],
    },
  ],
  scoring: {
    kind: 'graded-dimensions',
    subject: { child: childCondition, adult: adultCondition },
    dimensions: dimensions.map((id) => ({ id, labels: dimensionTitles[id] })),
    indicators: items.map((item) => ({
      id: item.id,
      dimension: item.dimension,
      source: { question: item.id },
      grades: { adult: item.grade, child: item.grade },
    })),
    threshold: [
      { strong: 2 },
      { strong: 1, medium: 1 },
      { strong: 1, weak: 1 },
      { medium: 3 },
      { medium: 2, weak: 1 },
    ],
    // Recruitment stands for the act, forced scamming for the purpose, coercion for the means; a child
    // needs no means (Law 53/2024/QH15 Art. 2).
    combination: {
      adult: { all: ['online-recruitment', 'forced-criminality', 'coercion-at-compound'] },
      child: { all: ['online-recruitment', 'forced-criminality'] },
    },
  },
  needs: [
    { need: 'medical-care', when: { question: 'punished-violently', anyOf: ['yes'] } },
    { need: 'psychological-support', when: { question: 'punished-violently', anyOf: ['yes'] } },
    { need: 'identity-documents', when: { question: 'passport-taken', anyOf: ['yes'] } },
    { need: 'debt-advice', when: { question: 'debt-to-leave', anyOf: ['yes'] } },
    { need: 'family-contact', when: { question: 'forced-to-lie-to-family', anyOf: ['yes'] } },
    { need: 'legal-aid', when: { question: 'facing-charges', anyOf: ['yes'] } },
    { need: 'child-protection', when: childCondition },
  ],
};
