import type { InstrumentInput } from '../../instrument-schema';

type GradedDimensionsInput = Extract<InstrumentInput['scoring'], { kind: 'graded-dimensions' }>;

// (a) 2 strong, (b) 1 strong + 1 medium, (b') 1 strong + 1 weak, (c) 3 medium, (d) 2 medium + 1 weak.
export const iloThreshold: GradedDimensionsInput['threshold'] = [
  { strong: 2 },
  { strong: 1, medium: 1 },
  { strong: 1, weak: 1 },
  { medium: 3 },
  { medium: 2, weak: 1 },
];

export const iloCombination: GradedDimensionsInput['combination'] = {
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
};
