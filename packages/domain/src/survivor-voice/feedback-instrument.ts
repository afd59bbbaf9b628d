import { type Instrument, type InstrumentInput, instrumentSchema } from '../screening/instrument-schema';
import type { Labels } from '../vocabularies/types';

const l = (vi: string, en: string, ar: string): Labels => ({ vi, en, ar });
const choice = (value: string, vi: string, en: string, ar: string) => ({ value, labels: l(vi, en, ar) });
const yesPartlyNo = [
  choice('yes', 'Có', 'Yes', 'نعم'),
  choice('partly', 'Một phần', 'Partly', 'جزئيًا'),
  choice('no', 'Không', 'No', 'لا'),
];
const values = { yes: 1, partly: 0.5, no: 0 };

/**
 * The survivor feedback survey (issue #20), as data for the instrument engine: four short questions in plain
 * words, spoken to the person as "bạn", each of which may be skipped ("declined"). Three are scored in 0–1
 * (respectful treatment, safety, whether the support helped); "what should change" is counted, not scored.
 * Free text is NOT a question here: it is sealed apart from the answers and shown only after screening.
 * Lantern's own wording (no published survey is claimed); a change of wording is version 2.
 */
const feedbackV1: InstrumentInput = {
  id: 'lantern-feedback',
  version: 1,
  sourceStatus: 'local',
  role: 'feedback',
  title: l(
    'Góp ý về sự hỗ trợ bạn nhận được',
    'Your feedback on the support you received',
    'رأيك في الدعم الذي تلقيته',
  ),
  summary: l(
    'Phiếu góp ý ẩn danh: không hỏi tên, không gắn với hồ sơ của bạn.',
    'An anonymous survey: no name is asked, and it is not linked to your case.',
    'استبيان مجهول: لا يُطلب اسمك، ولا يرتبط بملفك.',
  ),
  sources: ['Lantern (local instrument, 2026): plain-language survivor feedback; wording is Lantern’s own'],
  sections: [
    {
      id: 'experience',
      title: l('Trải nghiệm của bạn', 'Your experience', 'تجربتك'),
      questions: [
        {
          id: 'respect',
          type: 'single',
          prompt: l(
            'Cán bộ có đối xử tôn trọng với bạn không?',
            'Did the staff treat you with respect?',
            'هل عاملك الموظفون باحترام؟',
          ),
          options: yesPartlyNo,
        },
        {
          id: 'safety',
          type: 'single',
          prompt: l(
            'Bạn có cảm thấy an toàn khi nhận hỗ trợ không?',
            'Did you feel safe while receiving support?',
            'هل شعرت بالأمان أثناء تلقي الدعم؟',
          ),
          options: yesPartlyNo,
        },
        {
          id: 'helped',
          type: 'single',
          prompt: l('Sự hỗ trợ có giúp ích cho bạn không?', 'Did the support help you?', 'هل ساعدك الدعم؟'),
          options: yesPartlyNo,
        },
        {
          id: 'change',
          type: 'single',
          prompt: l('Điều gì nên thay đổi nhất?', 'What should change most?', 'ما الذي يجب أن يتغير أكثر؟'),
          options: [
            choice(
              'more-information',
              'Giải thích rõ hơn cho tôi',
              'Explain things more clearly',
              'شرح الأمور بوضوح أكبر',
            ),
            choice('faster-help', 'Hỗ trợ nhanh hơn', 'Faster help', 'مساعدة أسرع'),
            choice('more-privacy', 'Giữ kín chuyện của tôi hơn', 'More privacy', 'خصوصية أكثر'),
            choice('kinder-treatment', 'Đối xử thân thiện hơn', 'Kinder treatment', 'معاملة ألطف'),
            choice('other-support', 'Thêm loại hỗ trợ khác', 'Other kinds of support', 'أنواع أخرى من الدعم'),
            choice('nothing', 'Không cần thay đổi', 'Nothing', 'لا شيء'),
          ],
        },
      ],
    },
  ],
  scoring: {
    kind: 'normalised-dimensions',
    dimensions: [{ id: 'experience', labels: l('Trải nghiệm', 'Experience', 'التجربة'), weight: 1 }],
    items: ['respect', 'safety', 'helped'].map((question) => ({
      id: question,
      dimension: 'experience',
      question,
      weight: 1,
      values,
    })),
  },
  needs: [],
};

export const feedbackInstrument: Instrument = instrumentSchema.parse(feedbackV1);

/** The scored questions; "satisfied" is a response whose answered ones average at least this much. */
export const feedbackScoredQuestions = ['respect', 'safety', 'helped'] as const;
export const SATISFIED_AT_LEAST = 0.75;
