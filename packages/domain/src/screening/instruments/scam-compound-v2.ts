import type { InstrumentInput } from '../instrument-schema';
import { onlineRecruitment } from './act-means-purpose';
import { scamCompound } from './scam-compound';

/**
 * Version 2 asks nothing new: "did the offer come online" is pre-filled from how the default screen's
 * recruitment question was answered. Version 1 stays as published, for the screenings that used it.
 */
export const scamCompoundV2: InstrumentInput = {
  ...scamCompound,
  version: 2,
  sections: scamCompound.sections.map((section) => ({
    ...section,
    questions: section.questions.map((question) =>
      question.id === 'offer-online'
        ? {
            ...question,
            prefillFrom: {
              instrument: 'act-means-purpose',
              question: 'recruitment-method',
              anyOf: onlineRecruitment,
            },
          }
        : question,
    ),
  })),
};
