import type { Labels } from '../../vocabularies/types';
import type { Grade, InstrumentInput } from '../instrument-schema';
import { adultCondition, ageGroupQuestion, childCondition } from './shared-questions';

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

type Dimension =
  | 'deceptive-recruitment'
  | 'coercive-recruitment'
  | 'recruitment-abuse-of-vulnerability'
  | 'exploitative-conditions'
  | 'coercion-at-destination'
  | 'abuse-of-vulnerability-at-destination';

interface Indicator {
  /** The option value in the dimension's question. */
  option: string;
  grades: { adult?: Grade; child?: Grade };
  labels: Labels;
}

interface DimensionContent {
  id: Dimension;
  /** Indicator ids are `${prefix}-${option}`, unique across the instrument. */
  prefix: string;
  question: string;
  title: Labels;
  intro: Labels;
  prompt: Labels;
  help: Labels;
  indicators: Indicator[];
}

const S = 'strong' as const;
const M = 'medium' as const;
const W = 'weak' as const;

const item = (
  option: string,
  grades: Indicator['grades'],
  vi: string,
  en: string,
  ar: string,
): Indicator => ({
  option,
  grades,
  labels: { vi, en, ar },
});

// Labels used at both stages (recruitment and destination).
const violence: [string, string, string] = [
  'Bị đánh, gây thương tích hoặc bị bạo lực khác',
  'Was hit, hurt or subjected to other violence',
  'تعرّض للضرب أو الأذى أو لشكل آخر من أشكال العنف',
];
const documentsTaken: [string, string, string] = [
  'Bị lấy giữ hộ chiếu hoặc giấy tờ tùy thân',
  'Passport or identity papers were taken away',
  'أُخذ منه جواز السفر أو وثائق الهوية',
];
const isolation: [string, string, string] = [
  'Bị cô lập, bị nhốt hoặc bị canh giữ, theo dõi',
  'Was isolated, locked in or kept under watch',
  'عُزل أو احتُجز أو وُضع تحت المراقبة',
];
const threatDenunciation: [string, string, string] = [
  'Bị đe dọa tố giác với công an hoặc cơ quan xuất nhập cảnh',
  'Was threatened with being reported to the police or immigration',
  'هُدِّد بالإبلاغ عنه إلى الشرطة أو سلطات الهجرة',
];
const threatsViolence: [string, string, string] = [
  'Bị đe dọa dùng bạo lực',
  'Was threatened with violence',
  'هُدِّد بالعنف',
];
const threatInformFamily: [string, string, string] = [
  'Bị đe dọa sẽ kể chuyện của mình cho gia đình, cộng đồng hoặc công chúng',
  'Was threatened that their family, community or the public would be told about them',
  'هُدِّد بإخبار أسرته أو مجتمعه أو العامة بأمره',
];
const violenceFamily: [string, string, string] = [
  'Người thân trong gia đình bị đe dọa hoặc bị hại',
  'Family members were threatened or harmed',
  'تعرّض أفراد من أسرته للتهديد أو الأذى',
];
const pastDifficulties: [string, string, string] = [
  'Từng trải qua những khó khăn trong quá khứ (ví dụ: bạo lực, xâm hại, mất mát)',
  'Difficult experiences in the past (e.g. violence, abuse, loss)',
  'صعوبات في الماضي (مثل العنف أو الإساءة أو الفقد)',
];
const relationshipAuthorities: [string, string, string] = [
  'Sợ cơ quan chức năng hoặc gặp khó khăn về tình trạng pháp lý',
  'Fear of the authorities or difficulties with legal status',
  'الخوف من السلطات أو صعوبات في الوضع القانوني',
];

const traumaHelp: Labels = {
  vi: 'Các câu hỏi này liên quan đến bạo lực và đe dọa. Hãy hỏi chậm rãi bằng lời của bạn, nhắc người đó rằng họ có thể bỏ qua bất kỳ câu nào, và dừng lại nếu họ thấy đau buồn. Chỉ đánh dấu những gì họ kể.',
  en: 'These questions touch on violence and threats. Go slowly and use your own words, remind the person they can skip any question, and stop if they are distressed. Tick only what they describe.',
  ar: 'تتناول هذه الأسئلة العنف والتهديد. تمهّل واستخدم كلماتك الخاصة، وذكّر الشخص بأن له أن يتخطى أي سؤال، وتوقف إذا شعر بالضيق. لا تحدد إلا ما يصفه.',
};

const circumstancesHelp: Labels = {
  vi: 'Đây là hoàn cảnh, không phải lỗi của ai: chúng cho thấy người đó có thể đã bị gây sức ép như thế nào. Chỉ đánh dấu những gì người đó kể.',
  en: 'These are circumstances, not faults: they show how someone could be put under pressure. Tick only what the person describes.',
  ar: 'هذه ظروف وليست أخطاء: فهي تبيّن كيف يمكن أن يتعرّض الشخص للضغط. لا تحدد إلا ما يصفه الشخص.',
};

const iloDimensions: readonly DimensionContent[] = [
  {
    // List A: 1 S, 8 M, 1 W = 10. List C: 2 S, 8 M = 10 (education moves up to strong for children).
    id: 'deceptive-recruitment',
    prefix: 'dr',
    question: 'ilo-recruitment-deception',
    title: {
      vi: 'Tuyển dụng bằng lừa gạt (kể cả khi đưa đi và vận chuyển)',
      en: 'Deceptive recruitment (including transfer and transport)',
      ar: 'التجنيد بالخداع (بما في ذلك النقل والتنقيل)',
    },
    intro: {
      vi: 'Những gì người này đã được hứa hẹn hoặc được cho biết khi được tuyển dụng và trên đường đi.',
      en: 'What the person was promised or told when they were recruited, and on the journey.',
      ar: 'ما وُعد به الشخص أو قيل له عند تجنيده وأثناء الرحلة.',
    },
    prompt: {
      vi: 'Điều nào dưới đây khác với những gì người này đã được hứa hoặc được cho biết khi nhận lời đi làm?',
      en: 'Which of these turned out different from what the person was promised or told when they agreed to go?',
      ar: 'أيٌّ مما يلي تبيّن أنه مختلف عمّا وُعد به الشخص أو قيل له عندما وافق على الذهاب؟',
    },
    help: {
      vi: 'Hãy hỏi bằng lời của bạn và để người đó kể theo cách của mình; chỉ đánh dấu những gì họ kể. Bị lừa không bao giờ là lỗi của người bị lừa.',
      en: 'Ask in your own words and let the person tell it their way; tick only what they describe. Being deceived is never the fault of the person deceived.',
      ar: 'اسأل بكلماتك الخاصة ودع الشخص يروي الأمر بطريقته؛ ولا تحدد إلا ما يصفه. التعرّض للخداع ليس أبدًا خطأ من خُدع.',
    },
    indicators: [
      item(
        'deceived-nature-of-job',
        { adult: S, child: S },
        'Loại công việc, nơi làm việc hoặc chủ sử dụng không như đã hứa',
        'The kind of work, the place or the employer was not what was promised',
        'نوع العمل أو مكانه أو صاحب العمل لم يكن كما وُعد به',
      ),
      item(
        'deceived-working-conditions',
        { adult: M, child: M },
        'Điều kiện làm việc không như đã hứa',
        'Working conditions were not as promised',
        'ظروف العمل لم تكن كما وُعد بها',
      ),
      item(
        'deceived-contract',
        { adult: M, child: M },
        'Bị nói sai về nội dung hoặc tính hợp pháp của hợp đồng lao động',
        'Was misled about the content or legality of the work contract',
        'ضُلِّل بشأن مضمون عقد العمل أو قانونيته',
      ),
      item(
        'deceived-family-reunification',
        { adult: M, child: M },
        'Bị hứa hẹn sai về việc được đoàn tụ với gia đình',
        'Was misled about being reunited with family',
        'ضُلِّل بشأن لمّ شمله مع أسرته',
      ),
      item(
        'deceived-housing',
        { adult: M, child: M },
        'Chỗ ở và điều kiện sinh hoạt không như đã hứa',
        'Housing and living conditions were not as promised',
        'السكن وظروف المعيشة لم تكن كما وُعد بها',
      ),
      item(
        'deceived-legal-status',
        { adult: M, child: M },
        'Bị nói sai về giấy tờ hợp pháp hoặc về việc được cư trú, lao động hợp pháp',
        'Was misled about legal papers or about getting legal status as a migrant',
        'ضُلِّل بشأن الوثائق القانونية أو الحصول على وضع قانوني كمهاجر',
      ),
      item(
        'deceived-travel-recruitment',
        { adult: M, child: M },
        'Bị nói sai về chuyến đi hoặc điều kiện tuyển dụng (chi phí, phí môi giới, lộ trình)',
        'Was misled about the journey or the terms of recruitment (costs, fees, route)',
        'ضُلِّل بشأن الرحلة أو شروط التجنيد (التكاليف والرسوم والطريق)',
      ),
      item(
        'deceived-wages',
        { adult: M, child: M },
        'Tiền lương, thu nhập không như đã hứa',
        'Wages or earnings were not as promised',
        'الأجور أو المكاسب لم تكن كما وُعد بها',
      ),
      item(
        'deceived-marriage-adoption',
        { adult: M, child: M },
        'Bị dụ dỗ bằng lời hứa kết hôn hoặc nhận làm con nuôi',
        'Was drawn in by a promise of marriage or adoption',
        'استُدرج بوعد بالزواج أو التبنّي',
      ),
      item(
        'deceived-education',
        { adult: W, child: S },
        'Bị hứa hẹn sai về cơ hội học tập, đào tạo',
        'Was misled about a chance to study or train',
        'ضُلِّل بشأن فرصة للدراسة أو التدريب',
      ),
    ],
  },
  {
    // List A: 1 S, 9 M = 10. List C: 4 S, 6 M = 10.
    id: 'coercive-recruitment',
    prefix: 'cr',
    question: 'ilo-recruitment-coercion',
    title: { vi: 'Tuyển dụng bằng ép buộc', en: 'Coercive recruitment', ar: 'التجنيد بالإكراه' },
    intro: {
      vi: 'Vũ lực, đe dọa và sự kiểm soát đã được dùng để buộc người này phải đi.',
      en: 'Force, threats and control used to make the person go.',
      ar: 'القوة والتهديد والسيطرة التي استُخدمت لإجبار الشخص على الذهاب.',
    },
    prompt: {
      vi: 'Khi được tuyển dụng hoặc trên đường đi, điều nào dưới đây đã xảy ra với người này?',
      en: 'Which of these happened to the person when they were recruited or on the way?',
      ar: 'أيٌّ مما يلي حدث للشخص عند تجنيده أو أثناء الطريق؟',
    },
    help: traumaHelp,
    indicators: [
      item('violence', { adult: S, child: S }, ...violence),
      item(
        'abduction-or-sale',
        { adult: M, child: S },
        'Bị bắt cóc, ép kết hôn, ép làm con nuôi hoặc bị bán',
        'Was abducted, forced to marry, forced into adoption or sold',
        'اختُطف أو أُجبر على الزواج أو على التبنّي أو بِيع',
      ),
      item('documents-taken', { adult: M, child: M }, ...documentsTaken),
      item(
        'debt-bondage',
        { adult: M, child: S },
        'Bị gán một khoản nợ phải làm việc để trả (ví dụ: phí đi đường, phí môi giới)',
        'Was put under a debt to be worked off (e.g. travel or recruitment fees)',
        'حُمِّل دَينًا يجب سداده بالعمل (مثل رسوم السفر أو التجنيد)',
      ),
      item('isolation', { adult: M, child: M }, ...isolation),
      item('threat-denunciation', { adult: M, child: M }, ...threatDenunciation),
      item('threats-of-violence', { adult: M, child: S }, ...threatsViolence),
      item('threat-inform-family', { adult: M, child: M }, ...threatInformFamily),
      item('violence-on-family', { adult: M, child: M }, ...violenceFamily),
      item(
        'money-withheld',
        { adult: M, child: M },
        'Bị giữ lại tiền của mình',
        'Their money was held back from them',
        'حُجزت أمواله عنه',
      ),
    ],
  },
  {
    // List A: 14 M (two of them disputed M/W, taken as W), 2 W = 16 → 12 M + 4 W.
    // List C: 15 M = "the list A items without 'false information about law, attitude of authorities'".
    id: 'recruitment-abuse-of-vulnerability',
    prefix: 'rv',
    question: 'ilo-recruitment-vulnerability',
    title: {
      vi: 'Tuyển dụng bằng cách lợi dụng hoàn cảnh dễ bị tổn thương',
      en: 'Recruitment by abuse of vulnerability',
      ar: 'التجنيد باستغلال حالة الضعف',
    },
    intro: {
      vi: 'Hoàn cảnh của người này lúc được tuyển dụng và việc hoàn cảnh đó có thể đã bị lợi dụng như thế nào.',
      en: 'The person’s circumstances at the time of recruitment, and how they may have been used.',
      ar: 'ظروف الشخص وقت التجنيد، وكيف ربما استُغلّت.',
    },
    prompt: {
      vi: 'Vào lúc được tuyển dụng, điều nào dưới đây đúng với hoàn cảnh của người này hoặc đã bị người tuyển dụng lợi dụng?',
      en: 'At the time of recruitment, which of these applied to the person or were used by the recruiter?',
      ar: 'عند التجنيد، أيٌّ مما يلي كان ينطبق على الشخص أو استغلّه القائم بالتجنيد؟',
    },
    help: circumstancesHelp,
    indicators: [
      item(
        'abuse-family-difficulty',
        { adult: M, child: M },
        'Người tuyển dụng lợi dụng hoàn cảnh gia đình khó khăn',
        'The recruiter used a difficult family situation',
        'استغل القائم بالتجنيد وضعًا أسريًا صعبًا',
      ),
      item(
        // The ILO wording is "abuse of illegal status"; "irregular" is the non-stigmatising term.
        'abuse-irregular-status',
        { adult: M, child: M },
        'Người tuyển dụng lợi dụng việc người đó không có giấy tờ cư trú, lao động hợp lệ',
        'The recruiter used the person’s irregular (undocumented) status',
        'استغل القائم بالتجنيد وضعه غير النظامي (عدم امتلاكه وثائق)',
      ),
      item(
        'abuse-lack-of-education',
        { adult: M, child: M },
        'Người tuyển dụng lợi dụng việc người đó ít được học hoặc không biết ngôn ngữ',
        'The recruiter used limited schooling or not knowing the language',
        'استغل القائم بالتجنيد محدودية تعليمه أو عدم معرفته باللغة',
      ),
      item(
        'abuse-lack-of-information',
        { adult: M, child: M },
        'Người tuyển dụng lợi dụng việc người đó thiếu thông tin',
        'The recruiter used the person’s lack of information',
        'استغل القائم بالتجنيد نقص المعلومات لديه',
      ),
      item(
        'control-by-exploiters',
        { adult: M, child: M },
        'Những kẻ bóc lột đã kiểm soát người đó từ trước',
        'The exploiters already had control over the person',
        'كان المستغِلّون يسيطرون على الشخص مسبقًا',
      ),
      item(
        'economic-reasons',
        { adult: M, child: M },
        'Khó khăn kinh tế (nghèo, không có thu nhập)',
        'Economic hardship (poverty, no income)',
        'ضائقة اقتصادية (فقر، انعدام الدخل)',
      ),
      item(
        // Not in list C.
        'false-information-law',
        { adult: M },
        'Được cung cấp thông tin sai về pháp luật hoặc về thái độ của cơ quan chức năng',
        'Was given false information about the law or about how the authorities would treat them',
        'أُعطي معلومات كاذبة عن القانون أو عن موقف السلطات منه',
      ),
      item(
        'false-information-migration',
        { adult: M, child: M },
        'Được cung cấp thông tin sai về việc di cư sẽ thành công',
        'Was given false information about migrating successfully',
        'أُعطي معلومات كاذبة عن نجاح الهجرة',
      ),
      item(
        'family-situation',
        { adult: M, child: M },
        'Hoàn cảnh gia đình (ví dụ: gánh nặng gia đình, áp lực từ gia đình)',
        'Family situation (e.g. family responsibilities, family pressure)',
        'الوضع الأسري (مثل الأعباء الأسرية أو ضغط الأسرة)',
      ),
      item(
        'personal-situation',
        { adult: M, child: M },
        'Hoàn cảnh cá nhân (ví dụ: sức khỏe, khuyết tật, sống một mình)',
        'Personal situation (e.g. health, disability, living alone)',
        'الوضع الشخصي (مثل الصحة أو الإعاقة أو العيش بمفرده)',
      ),
      item(
        'emotional-dependency',
        { adult: M, child: M },
        'Phụ thuộc về tâm lý, tình cảm vào người tuyển dụng hoặc người khác',
        'Psychological or emotional dependence on the recruiter or someone else',
        'اعتماد نفسي أو عاطفي على القائم بالتجنيد أو على شخص آخر',
      ),
      item('relationship-with-authorities', { adult: M, child: M }, ...relationshipAuthorities),
      // "M or W — disputed" in the compilation: the more conservative weak for adults (it asks for more
      // evidence before the dimension is positive); list C gives medium without dispute.
      item('past-difficulties', { adult: W, child: M }, ...pastDifficulties),
      item(
        // "M or W — disputed": weak for adults, as above.
        'travel-organisation-difficulty',
        { adult: W, child: M },
        'Không thể tự tổ chức chuyến đi',
        'Could not organise the journey on their own',
        'عدم القدرة على تنظيم السفر بمفرده',
      ),
      item(
        'abuse-of-beliefs',
        { adult: W, child: M },
        'Người tuyển dụng lợi dụng niềm tin văn hóa hoặc tôn giáo',
        'The recruiter used cultural or religious beliefs',
        'استغل القائم بالتجنيد معتقدات ثقافية أو دينية',
      ),
      item(
        'general-context',
        { adult: W, child: M },
        'Bối cảnh chung (ví dụ: xung đột, thiên tai, thiếu việc làm ở địa phương)',
        'General context (e.g. conflict, disaster, lack of work in the area)',
        'السياق العام (مثل النزاع أو الكوارث أو قلة فرص العمل في المنطقة)',
      ),
    ],
  },
  {
    // List A: 1 S, 7 M, 1 W = 9. List C: 1 S, 7 M = 8 (no "no social protection"; education is medium).
    id: 'exploitative-conditions',
    prefix: 'ex',
    question: 'ilo-work-conditions',
    title: {
      vi: 'Điều kiện làm việc bóc lột',
      en: 'Exploitative conditions of work',
      ar: 'ظروف عمل استغلالية',
    },
    intro: {
      vi: 'Công việc, tiền lương và điều kiện sống tại nơi làm việc.',
      en: 'Work, pay and living conditions at the place of work.',
      ar: 'العمل والأجر وظروف المعيشة في مكان العمل.',
    },
    prompt: {
      vi: 'Ở nơi làm việc, điều nào dưới đây đã xảy ra?',
      en: 'At the place of work, which of these happened?',
      ar: 'في مكان العمل، أيٌّ مما يلي حدث؟',
    },
    help: {
      vi: 'Hãy hỏi về một ngày bình thường: giờ làm, tiền lương, nghỉ ngơi, chỗ ở, an toàn. Chỉ đánh dấu những gì người đó kể.',
      en: 'Ask about an ordinary day: hours, pay, rest, housing, safety. Tick only what the person describes.',
      ar: 'اسأل عن يوم عادي: ساعات العمل والأجر والراحة والسكن والسلامة. لا تحدد إلا ما يصفه الشخص.',
    },
    indicators: [
      item(
        'excessive-hours',
        { adult: S, child: S },
        'Làm việc quá nhiều ngày hoặc quá nhiều giờ (ví dụ: không có ngày nghỉ, ca làm rất dài)',
        'Excessive working days or hours (e.g. no day off, very long shifts)',
        'أيام أو ساعات عمل مفرطة (مثل عدم وجود يوم راحة أو نوبات طويلة جدًا)',
      ),
      item(
        'bad-living-conditions',
        { adult: M, child: M },
        'Điều kiện sinh hoạt tồi tệ',
        'Bad living conditions',
        'ظروف معيشة سيئة',
      ),
      item('hazardous-work', { adult: M, child: M }, 'Công việc nguy hiểm', 'Dangerous work', 'عمل خطِر'),
      item(
        'low-or-no-pay',
        { adult: M, child: M },
        'Lương rất thấp hoặc không được trả lương',
        'Very low pay or no pay',
        'أجر زهيد جدًا أو بلا أجر',
      ),
      item(
        'labour-law-breached',
        { adult: M, child: M },
        'Luật lao động hoặc hợp đồng đã ký không được tôn trọng',
        'Labour law or the signed contract was not respected',
        'لم يُحترم قانون العمل أو العقد الموقَّع',
      ),
      item(
        // Not in list C.
        'no-social-protection',
        { adult: M },
        'Không có bảo trợ xã hội (không có hợp đồng, không có bảo hiểm xã hội)',
        'No social protection (no contract, no social insurance)',
        'انعدام الحماية الاجتماعية (لا عقد ولا تأمين اجتماعي)',
      ),
      item(
        'very-bad-working-conditions',
        { adult: M, child: M },
        'Điều kiện làm việc rất tồi tệ',
        'Very bad working conditions',
        'ظروف عمل سيئة جدًا',
      ),
      item(
        'wage-manipulation',
        { adult: M, child: M },
        'Tiền lương bị cắt xén, thay đổi tùy tiện (khấu trừ, phạt không rõ lý do)',
        'Pay was manipulated (unexplained deductions or fines, changed rates)',
        'التلاعب بالأجر (اقتطاعات أو غرامات غير مبرَّرة، أو تغيير الأجر)',
      ),
      item(
        'no-access-to-education',
        { adult: W, child: M },
        'Không được đi học hoặc học nghề',
        'Could not go to school or training',
        'حُرم من الذهاب إلى المدرسة أو التدريب',
      ),
    ],
  },
  {
    // List A: 4 S, 10 M, 1 W = 15. List C: 8 S, 7 M = 15.
    id: 'coercion-at-destination',
    prefix: 'cd',
    question: 'ilo-destination-coercion',
    title: { vi: 'Ép buộc tại nơi đến', en: 'Coercion at destination', ar: 'الإكراه في مكان الوصول' },
    intro: {
      vi: 'Vũ lực, đe dọa và sự kiểm soát đã được dùng để buộc người này tiếp tục làm việc.',
      en: 'Force, threats and control used to keep the person working.',
      ar: 'القوة والتهديد والسيطرة التي استُخدمت لإبقاء الشخص في العمل.',
    },
    prompt: {
      vi: 'Tại nơi làm việc hoặc nơi ở (nơi đến), điều nào dưới đây đã xảy ra với người này?',
      en: 'At the place of work or stay (the destination), which of these happened to the person?',
      ar: 'في مكان العمل أو الإقامة (مكان الوصول)، أيٌّ مما يلي حدث للشخص؟',
    },
    help: {
      vi: `${traumaHelp.vi} Nếu người đó có thể vẫn đang gặp nguy hiểm, hãy lo cho sự an toàn của họ trước.`,
      en: `${traumaHelp.en} If the person may still be in danger, see to their safety first.`,
      ar: `${traumaHelp.ar} وإذا كان الشخص قد يظل في خطر، فاهتم بسلامته أولًا.`,
    },
    indicators: [
      item('documents-taken', { adult: S, child: S }, ...documentsTaken),
      item(
        'debt-bondage',
        { adult: S, child: S },
        'Bị buộc làm việc để trả nợ',
        'Was kept working to pay off a debt',
        'أُبقي يعمل لسداد دَين',
      ),
      item('isolation', { adult: S, child: S }, ...isolation),
      item('violence', { adult: S, child: S }, ...violence),
      item(
        'forced-illicit-activities',
        { adult: M, child: S },
        'Bị ép tham gia hoạt động bất hợp pháp hoặc phạm tội',
        'Was forced into illegal or criminal activities',
        'أُجبر على القيام بأنشطة غير مشروعة أو إجرامية',
      ),
      item(
        'forced-tasks-or-clients',
        { adult: M, child: S },
        'Bị ép làm những việc nhất định hoặc phục vụ những khách nhất định',
        'Was forced to do certain tasks or serve certain clients',
        'أُجبر على أداء مهام معيّنة أو خدمة زبائن معيّنين',
      ),
      item(
        'forced-against-peers',
        { adult: M, child: M },
        'Bị ép làm hại hoặc chống lại những người lao động khác',
        'Was forced to act against fellow workers',
        'أُجبر على التصرّف ضد زملائه',
      ),
      item(
        'forced-to-lie',
        { adult: M, child: M },
        'Bị ép nói dối cơ quan chức năng, gia đình hoặc người khác',
        'Was forced to lie to the authorities, family or others',
        'أُجبر على الكذب على السلطات أو الأسرة أو غيرهم',
      ),
      item('threat-denunciation', { adult: M, child: M }, ...threatDenunciation),
      item(
        'threat-worse-conditions',
        { adult: M, child: M },
        'Bị đe dọa sẽ phải làm việc trong điều kiện còn tồi tệ hơn',
        'Was threatened with even worse working conditions',
        'هُدِّد بفرض ظروف عمل أسوأ',
      ),
      item('threats-of-violence', { adult: M, child: S }, ...threatsViolence),
      item(
        'strong-influence',
        { adult: M, child: S },
        'Bị những kẻ bóc lột chi phối mạnh mẽ',
        'Was under the strong influence of the exploiters',
        'كان تحت تأثير قوي من المستغِلّين',
      ),
      item('violence-on-family', { adult: M, child: M }, ...violenceFamily),
      item('wages-withheld', { adult: M, child: M }, 'Bị giữ lương', 'Wages were held back', 'حُجزت أجوره'),
      item('threat-inform-family', { adult: W, child: M }, ...threatInformFamily),
    ],
  },
  {
    // List A: 5 M, 2 W = 7. List C: 7 M = 7.
    id: 'abuse-of-vulnerability-at-destination',
    prefix: 'vd',
    question: 'ilo-destination-vulnerability',
    title: {
      vi: 'Lợi dụng hoàn cảnh dễ bị tổn thương tại nơi đến',
      en: 'Abuse of vulnerability at destination',
      ar: 'استغلال حالة الضعف في مكان الوصول',
    },
    intro: {
      vi: 'Những hoàn cảnh tại nơi đến khiến người này khó rời đi hoặc khó tìm sự giúp đỡ.',
      en: 'Circumstances at the destination that made it hard to leave or to seek help.',
      ar: 'الظروف في مكان الوصول التي جعلت المغادرة أو طلب المساعدة أمرًا صعبًا.',
    },
    prompt: {
      vi: 'Tại nơi đến, điều nào dưới đây khiến người này khó rời đi hoặc khó tìm sự giúp đỡ?',
      en: 'At the destination, which of these made it hard for the person to leave or get help?',
      ar: 'في مكان الوصول، أيٌّ مما يلي جعل من الصعب على الشخص المغادرة أو طلب المساعدة؟',
    },
    help: circumstancesHelp,
    indicators: [
      item(
        'dependency-on-exploiters',
        { adult: M, child: M },
        'Phụ thuộc vào những kẻ bóc lột (về chỗ ở, ăn uống, giấy tờ hoặc thu nhập)',
        'Depended on the exploiters (for housing, food, papers or income)',
        'كان يعتمد على المستغِلّين (في السكن أو الطعام أو الوثائق أو الدخل)',
      ),
      item(
        'unfamiliar-place',
        { adult: M, child: M },
        'Khó sinh sống ở nơi xa lạ (không biết ngôn ngữ, không có ai để nhờ cậy)',
        'Found it hard to live in an unfamiliar place (language, no one to turn to)',
        'صعوبة العيش في مكان غير مألوف (اللغة، عدم وجود من يلجأ إليه)',
      ),
      item(
        'economic-reasons',
        { adult: M, child: M },
        'Lý do kinh tế (cần thu nhập, không có gì để quay về)',
        'Economic reasons (needed the income, nothing to go back to)',
        'أسباب اقتصادية (الحاجة إلى الدخل، لا شيء يعود إليه)',
      ),
      item(
        'family-situation',
        { adult: M, child: M },
        'Hoàn cảnh gia đình (gia đình trông vào tiền gửi về, áp lực từ gia đình)',
        'Family situation (family relying on the money, family pressure)',
        'الوضع الأسري (أسرة تعتمد على المال، ضغط الأسرة)',
      ),
      item('relationship-with-authorities', { adult: M, child: M }, ...relationshipAuthorities),
      item('past-difficulties', { adult: W, child: M }, ...pastDifficulties),
      item(
        'personal-characteristics',
        { adult: W, child: M },
        'Đặc điểm cá nhân (ví dụ: tuổi, sức khỏe, khuyết tật)',
        'Personal characteristics (e.g. age, health, disability)',
        'الخصائص الشخصية (مثل العمر أو الصحة أو الإعاقة)',
      ),
    ],
  },
];

const questionOf = (dimension: Dimension): string =>
  (iloDimensions.find((entry) => entry.id === dimension) as DimensionContent).question;

/** A need condition: the dimension's question holds any of these options. */
const chose = (dimension: Dimension, ...options: string[]) => ({
  question: questionOf(dimension),
  anyOf: options,
});

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
    // (a) 2 strong, (b) 1 strong + 1 medium, (b') 1 strong + 1 weak, (c) 3 medium, (d) 2 medium + 1 weak.
    threshold: [
      { strong: 2 },
      { strong: 1, medium: 1 },
      { strong: 1, weak: 1 },
      { medium: 3 },
      { medium: 2, weak: 1 },
    ],
    combination: {
      // Adult: recruitment (act, with deception / coercion / abuse of vulnerability as means) AND
      // exploitation (purpose) AND coercion or abuse of vulnerability at destination (means).
      adult: {
        all: [
          { any: ['deceptive-recruitment', 'coercive-recruitment', 'recruitment-abuse-of-vulnerability'] },
          'exploitative-conditions',
          { any: ['coercion-at-destination', 'abuse-of-vulnerability-at-destination'] },
        ],
      },
      // Child: the means element is not required (UN Protocol Art. 3(c); Law 53/2024/QH15 Art. 2). In the
      // ILO scheme a positive recruitment dimension stands for the act (the person was recruited and moved),
      // exploitative conditions for the purpose, and coercion or abuse of vulnerability at destination are
      // means — so they are dropped for a child. The recruitment dimensions are kept: without them nothing
      // shows an act of trafficking rather than exploitative child labour alone.
      child: {
        all: [
          { any: ['deceptive-recruitment', 'coercive-recruitment', 'recruitment-abuse-of-vulnerability'] },
          'exploitative-conditions',
        ],
      },
    },
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
