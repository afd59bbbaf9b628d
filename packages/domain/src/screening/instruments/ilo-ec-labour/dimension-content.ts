import type { Labels } from '../../../vocabularies/types';
import type { Grade } from '../../instrument-schema';

export type Dimension =
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

/** One dimension as written in this folder: it becomes one section, one question and its indicators. */
export interface DimensionContent {
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

// Grade shorthands, so each indicator reads as one line of the ILO table.
export const S = 'strong' as const;
export const M = 'medium' as const;
export const W = 'weak' as const;

export const item = (
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
export const violence: [string, string, string] = [
  'Bị đánh, gây thương tích hoặc bị bạo lực khác',
  'Was hit, hurt or subjected to other violence',
  'تعرّض للضرب أو الأذى أو لشكل آخر من أشكال العنف',
];
export const documentsTaken: [string, string, string] = [
  'Bị lấy giữ hộ chiếu hoặc giấy tờ tùy thân',
  'Passport or identity papers were taken away',
  'أُخذ منه جواز السفر أو وثائق الهوية',
];
export const isolation: [string, string, string] = [
  'Bị cô lập, bị nhốt hoặc bị canh giữ, theo dõi',
  'Was isolated, locked in or kept under watch',
  'عُزل أو احتُجز أو وُضع تحت المراقبة',
];
export const threatDenunciation: [string, string, string] = [
  'Bị đe dọa tố giác với công an hoặc cơ quan xuất nhập cảnh',
  'Was threatened with being reported to the police or immigration',
  'هُدِّد بالإبلاغ عنه إلى الشرطة أو سلطات الهجرة',
];
export const threatsViolence: [string, string, string] = [
  'Bị đe dọa dùng bạo lực',
  'Was threatened with violence',
  'هُدِّد بالعنف',
];
export const threatInformFamily: [string, string, string] = [
  'Bị đe dọa sẽ kể chuyện của mình cho gia đình, cộng đồng hoặc công chúng',
  'Was threatened that their family, community or the public would be told about them',
  'هُدِّد بإخبار أسرته أو مجتمعه أو العامة بأمره',
];
export const violenceFamily: [string, string, string] = [
  'Người thân trong gia đình bị đe dọa hoặc bị hại',
  'Family members were threatened or harmed',
  'تعرّض أفراد من أسرته للتهديد أو الأذى',
];
export const pastDifficulties: [string, string, string] = [
  'Từng trải qua những khó khăn trong quá khứ (ví dụ: bạo lực, xâm hại, mất mát)',
  'Difficult experiences in the past (e.g. violence, abuse, loss)',
  'صعوبات في الماضي (مثل العنف أو الإساءة أو الفقد)',
];
export const relationshipAuthorities: [string, string, string] = [
  'Sợ cơ quan chức năng hoặc gặp khó khăn về tình trạng pháp lý',
  'Fear of the authorities or difficulties with legal status',
  'الخوف من السلطات أو صعوبات في الوضع القانوني',
];

export const traumaHelp: Labels = {
  vi: 'Các câu hỏi này liên quan đến bạo lực và đe dọa. Hãy hỏi chậm rãi bằng lời của bạn, nhắc người đó rằng họ có thể bỏ qua bất kỳ câu nào, và dừng lại nếu họ thấy đau buồn. Chỉ đánh dấu những gì họ kể.',
  en: 'These questions touch on violence and threats. Go slowly and use your own words, remind the person they can skip any question, and stop if they are distressed. Tick only what they describe.',
  ar: 'تتناول هذه الأسئلة العنف والتهديد. تمهّل واستخدم كلماتك الخاصة، وذكّر الشخص بأن له أن يتخطى أي سؤال، وتوقف إذا شعر بالضيق. لا تحدد إلا ما يصفه.',
};

export const circumstancesHelp: Labels = {
  vi: 'Đây là hoàn cảnh, không phải lỗi của ai: chúng cho thấy người đó có thể đã bị gây sức ép như thế nào. Chỉ đánh dấu những gì người đó kể.',
  en: 'These are circumstances, not faults: they show how someone could be put under pressure. Tick only what the person describes.',
  ar: 'هذه ظروف وليست أخطاء: فهي تبيّن كيف يمكن أن يتعرّض الشخص للضغط. لا تحدد إلا ما يصفه الشخص.',
};
