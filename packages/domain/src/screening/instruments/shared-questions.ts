import type { Condition } from '../conditions';
import type { InstrumentInput } from '../instrument-schema';

type QuestionInput = InstrumentInput['sections'][number]['questions'][number];

/**
 * The age group, asked by every status instrument because the rule differs for children. Instruments
 * share the question id, so an answer given in one screen is carried into the next.
 */
export const ageGroupQuestion: QuestionInput = {
  id: 'age-group',
  type: 'single',
  prompt: {
    vi: 'Người này bao nhiêu tuổi?',
    en: 'How old is the person?',
    ar: 'كم عمر الشخص؟',
  },
  help: {
    vi: 'Nếu không chắc chắn và người đó có thể dưới 18 tuổi, chọn "Có thể dưới 18 tuổi": khi đó áp dụng quy định cho trẻ em.',
    en: 'If unsure and the person may be under 18, choose "May be under 18": the rule for children then applies.',
    ar: 'إذا لم تكن متأكدًا وكان الشخص قد يكون دون 18 عامًا، فاختر "قد يكون دون 18": تُطبَّق حينها القاعدة الخاصة بالأطفال.',
  },
  options: [
    { value: 'under-18', labels: { vi: 'Dưới 18 tuổi', en: 'Under 18', ar: 'دون 18 عامًا' } },
    {
      value: 'may-be-under-18',
      labels: { vi: 'Có thể dưới 18 tuổi', en: 'May be under 18', ar: 'قد يكون دون 18 عامًا' },
    },
    { value: 'adult', labels: { vi: 'Từ 18 tuổi trở lên', en: '18 or older', ar: '18 عامًا فأكثر' } },
  ],
};

/** Presumption of minority: where the age is uncertain and the person may be a child, treat them as one. */
export const childCondition: Condition = { question: 'age-group', anyOf: ['under-18', 'may-be-under-18'] };
export const adultCondition: Condition = { question: 'age-group', anyOf: ['adult'] };
