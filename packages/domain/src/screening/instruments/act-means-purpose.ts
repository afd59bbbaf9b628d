import { exploitationType } from '../../vocabularies/htcds-exploitation';
import { controlMethod, onlinePlatform, recruitmentMethod } from '../../vocabularies/htcds-victim';
import type { InstrumentInput } from '../instrument-schema';
import { adultCondition, ageGroupQuestion, childCondition } from './shared-questions';
import { optionValueFor, vocabularyOptions } from './vocabulary-options';

const recruitmentOptions = vocabularyOptions(recruitmentMethod);
const controlOptions = vocabularyOptions(controlMethod);
const exploitationOptions = vocabularyOptions(exploitationType);

const movementOptions = [
  {
    value: 'transported',
    labels: {
      vi: 'Được đưa đi, chở đi đến nơi khác',
      en: 'Taken or transported to another place',
      ar: 'نُقل أو اقتيد إلى مكان آخر',
    },
  },
  {
    value: 'handed-over',
    labels: {
      vi: 'Bị giao lại, chuyển cho người khác',
      en: 'Handed over to other people',
      ar: 'سُلِّم إلى أشخاص آخرين',
    },
  },
  {
    value: 'kept-at-a-place',
    labels: {
      vi: 'Bị giữ, chứa chấp tại một nơi',
      en: 'Kept or harboured at a place',
      ar: 'احتُجز أو أُووي في مكان ما',
    },
  },
  {
    value: 'received-by-others',
    labels: {
      vi: 'Có người đón, nhận tại nơi đến',
      en: 'Received by someone at the destination',
      ar: 'استقبله شخص ما في مكان الوصول',
    },
  },
];

/** The ways of recruitment that happen online; the scam-compound screen's own question is answered from them. */
export const onlineRecruitment = ['ThroughOnlineSocialNetworks', 'ThroughAnOnlineAdvertisement'].map(
  optionValueFor,
);

/**
 * The default screen, built on the legal definition itself (Law 53/2024/QH15 Art. 2; UN Protocol Art. 3):
 * an act, a means and a purpose for an adult; for a person under 18 the act and the purpose are enough.
 * Its items are HTCDS vocabularies, so a case registered from it can take the answers over as codes.
 */
export const actMeansPurpose: InstrumentInput = {
  id: 'act-means-purpose',
  version: 1,
  sourceStatus: 'verified',
  role: 'default',
  title: {
    vi: 'Sàng lọc theo định nghĩa pháp luật: hành vi – thủ đoạn – mục đích',
    en: 'Screening by the legal definition: act – means – purpose',
    ar: 'الفحص وفق التعريف القانوني: الفعل – الوسيلة – الغرض',
  },
  summary: {
    vi: 'Dựa trên Điều 2 Luật Phòng, chống mua bán người 2024 và Nghị định thư Palermo. Người lớn: cần đủ hành vi, thủ đoạn và mục đích; người dưới 18 tuổi: chỉ cần hành vi và mục đích. Kết quả chỉ là gợi ý chuyển xác minh, không phải kết luận pháp lý.',
    en: 'Based on Article 2 of the 2024 Law on Prevention and Combat of Human Trafficking and the Palermo Protocol. Adults: act, means and purpose together; under 18: act and purpose are enough. The result suggests a referral for identification; it is not a legal finding.',
    ar: 'يستند إلى المادة 2 من قانون مكافحة الاتجار بالبشر لعام 2024 وبروتوكول باليرمو. البالغون: الفعل والوسيلة والغرض معًا؛ من هم دون 18 عامًا: يكفي الفعل والغرض. النتيجة توصية بالإحالة لتحديد الهوية، وليست حكمًا قانونيًا.',
  },
  sources: [
    'Law 53/2024/QH15 on Prevention and Combat of Human Trafficking, Art. 2',
    'UN Protocol to Prevent, Suppress and Punish Trafficking in Persons (2000), Art. 3',
    'HTCDS v2.0 value lists: methods of recruitment, methods of control, types of exploitation',
  ],
  sections: [
    {
      id: 'about-now',
      title: { vi: 'Tình hình hiện tại', en: 'Right now', ar: 'الوضع الآن' },
      intro: {
        vi: 'Hỏi trước về an toàn và sức khỏe. Người được phỏng vấn có thể không trả lời bất kỳ câu nào.',
        en: 'Ask about safety and health first. The person may decline any question.',
        ar: 'اسأل أولاً عن السلامة والصحة. يحق للشخص رفض الإجابة عن أي سؤال.',
      },
      questions: [
        ageGroupQuestion,
        {
          id: 'in-danger-now',
          type: 'yes-no',
          prompt: {
            vi: 'Người này có đang gặp nguy hiểm, hoặc sợ bị tìm đến, đe dọa khi trở về không?',
            en: 'Is the person in danger now, or afraid of being found or threatened on return?',
            ar: 'هل الشخص في خطر الآن، أو يخشى أن يُعثر عليه أو يُهدَّد عند عودته؟',
          },
        },
        {
          id: 'hurt-or-unwell',
          type: 'yes-no',
          prompt: {
            vi: 'Người này có bị thương, bị ốm hoặc cần khám chữa bệnh không?',
            en: 'Is the person injured, unwell, or in need of medical care?',
            ar: 'هل الشخص مصاب أو مريض أو بحاجة إلى رعاية طبية؟',
          },
        },
        {
          id: 'safe-place-tonight',
          type: 'yes-no',
          prompt: {
            vi: 'Tối nay người này có nơi ở an toàn không?',
            en: 'Does the person have a safe place to stay tonight?',
            ar: 'هل لدى الشخص مكان آمن يبيت فيه الليلة؟',
          },
        },
      ],
    },
    {
      id: 'act',
      title: {
        vi: 'Tuyển mộ và di chuyển (hành vi)',
        en: 'Recruitment and movement (act)',
        ar: 'التجنيد والتنقل (الفعل)',
      },
      intro: {
        vi: 'Hãy để người đó kể theo cách của mình; không cần hỏi theo thứ tự.',
        en: 'Let the person tell it their own way; the order does not matter.',
        ar: 'دع الشخص يروي ما حدث بطريقته؛ الترتيب غير مهم.',
      },
      questions: [
        {
          id: 'offered-or-arranged',
          type: 'yes-no',
          prompt: {
            vi: 'Có ai đã mời làm việc, hứa hẹn kết hôn hay cơ hội khác, hoặc sắp xếp cho người này đi đâu đó không?',
            en: 'Did someone offer the person work, marriage or another opportunity, or arrange for them to go somewhere?',
            ar: 'هل عرض أحد على الشخص عملاً أو زواجًا أو فرصة أخرى، أو رتّب لذهابه إلى مكان ما؟',
          },
        },
        {
          id: 'recruitment-method',
          type: 'multi',
          vocabulary: 'recruitment-method',
          showIf: { question: 'offered-or-arranged', anyOf: ['yes'] },
          prompt: {
            vi: 'Người đó đã biết đến lời mời qua đâu?',
            en: 'How did the offer reach the person?',
            ar: 'كيف وصل العرض إلى الشخص؟',
          },
          options: recruitmentOptions,
        },
        {
          id: 'recruitment-platforms',
          type: 'multi',
          vocabulary: 'online-platform',
          showIf: { question: 'recruitment-method', anyOf: onlineRecruitment },
          prompt: {
            vi: 'Qua ứng dụng hoặc trang mạng nào?',
            en: 'Through which apps or websites?',
            ar: 'عبر أي تطبيقات أو مواقع؟',
          },
          options: vocabularyOptions(onlinePlatform),
        },
        {
          id: 'movement',
          type: 'multi',
          prompt: {
            vi: 'Sau đó, điều nào sau đây đã xảy ra với người này?',
            en: 'After that, which of these happened to the person?',
            ar: 'بعد ذلك، أيٌّ مما يلي حدث للشخص؟',
          },
          help: {
            vi: 'Chọn tất cả những gì người đó kể. Nếu không điều nào xảy ra, chọn “Không có điều nào”.',
            en: 'Select all the person describes. If none of them happened, choose “None of these”.',
            ar: 'اختر كل ما يصفه الشخص. إذا لم يحدث أي منها، فاختر «لا شيء مما سبق».',
          },
          options: movementOptions,
        },
      ],
    },
    {
      id: 'means',
      title: {
        vi: 'Thủ đoạn khống chế (thủ đoạn)',
        en: 'How the person was controlled (means)',
        ar: 'كيف سُيطر على الشخص (الوسيلة)',
      },
      intro: {
        vi: 'Tính cả những gì xảy ra khi tuyển mộ, trên đường đi và tại nơi bị bóc lột.',
        en: 'Count what happened at recruitment, on the way, and where the person was exploited.',
        ar: 'احسب ما حدث عند التجنيد وفي الطريق وفي مكان الاستغلال.',
      },
      questions: [
        {
          id: 'control-methods',
          type: 'multi',
          vocabulary: 'control-method',
          prompt: {
            vi: 'Người ta đã dùng cách nào để lừa, ép buộc hoặc giữ chân người này?',
            en: 'How was the person deceived, forced or kept from leaving?',
            ar: 'كيف خُدع الشخص أو أُجبر أو مُنع من المغادرة؟',
          },
          help: {
            vi: 'Hỏi nhẹ nhàng, không gây áp lực. Nếu người đó không muốn nói, chọn "Không muốn trả lời".',
            en: 'Ask gently, without pressure. If the person does not want to say, choose "Prefers not to answer".',
            ar: 'اسأل بلطف ودون ضغط. إذا لم يرغب الشخص في الإجابة فاختر "يفضّل عدم الإجابة".',
          },
          options: controlOptions,
        },
      ],
    },
    {
      id: 'purpose',
      title: { vi: 'Mục đích bóc lột (mục đích)', en: 'Exploitation (purpose)', ar: 'الاستغلال (الغرض)' },
      questions: [
        {
          id: 'exploitation-types',
          type: 'multi',
          vocabulary: 'exploitation-type',
          prompt: {
            vi: 'Người này đã bị buộc làm gì, hoặc bị đưa đi để làm gì?',
            en: 'What was the person made to do, or taken there to do?',
            ar: 'ما الذي أُجبر الشخص على فعله، أو أُخذ إلى هناك ليفعله؟',
          },
          help: {
            vi: 'Tính cả khi người đó được giải cứu trước khi việc bóc lột bắt đầu nhưng đó là mục đích.',
            en: 'Count it even if the person was stopped before the exploitation began but that was the intention.',
            ar: 'احسبه حتى لو أُوقف الشخص قبل بدء الاستغلال ما دام ذلك هو المقصد.',
          },
          options: exploitationOptions,
        },
      ],
    },
  ],
  scoring: {
    kind: 'element-combination',
    subject: { child: childCondition, adult: adultCondition },
    elements: [
      { id: 'act', labels: { vi: 'Hành vi', en: 'Act', ar: 'الفعل' } },
      { id: 'means', labels: { vi: 'Thủ đoạn', en: 'Means', ar: 'الوسيلة' } },
      { id: 'purpose', labels: { vi: 'Mục đích', en: 'Purpose', ar: 'الغرض' } },
    ],
    indicators: [
      { id: 'offered-or-arranged', element: 'act', source: { question: 'offered-or-arranged' } },
      ...recruitmentOptions.map((option) => ({
        id: `recruited-${option.value}`,
        element: 'act',
        source: { question: 'recruitment-method', option: option.value },
      })),
      ...movementOptions.map((option) => ({
        id: option.value,
        element: 'act',
        source: { question: 'movement', option: option.value },
      })),
      ...controlOptions.map((option) => ({
        id: `control-${option.value}`,
        element: 'means',
        source: { question: 'control-methods', option: option.value },
      })),
      ...exploitationOptions.map((option) => ({
        id: `purpose-${option.value}`,
        element: 'purpose',
        source: { question: 'exploitation-types', option: option.value },
      })),
    ],
    // Law 53/2024/QH15 Art. 2 and the UN Protocol: a child needs no means element.
    combination: { adult: { all: ['act', 'means', 'purpose'] }, child: { all: ['act', 'purpose'] } },
  },
  needs: [
    { need: 'immediate-safety', when: { question: 'in-danger-now', anyOf: ['yes'] } },
    { need: 'medical-care', when: { question: 'hurt-or-unwell', anyOf: ['yes'] } },
    { need: 'medical-care', when: { question: 'control-methods', anyOf: [optionValueFor('SexualAbuse')] } },
    { need: 'safe-shelter', when: { question: 'safe-place-tonight', anyOf: ['no'] } },
    { need: 'child-protection', when: childCondition },
    {
      need: 'psychological-support',
      when: {
        question: 'control-methods',
        anyOf: ['PhysicalAbuse', 'SexualAbuse', 'PsychologicalAbuse', 'PhysicalThreats'].map(optionValueFor),
      },
    },
    {
      need: 'identity-documents',
      when: { question: 'control-methods', anyOf: [optionValueFor('WithholdsDocuments')] },
    },
    { need: 'debt-advice', when: { question: 'control-methods', anyOf: [optionValueFor('DebtBondage')] } },
  ],
};
