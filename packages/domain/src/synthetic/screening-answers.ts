import { optionValueFor as optionValueOf } from '../screening/instruments/vocabulary-options';
import type { PatternId } from './patterns';
import { ONLINE_RECRUITMENT } from './patterns';
import { chance, drawWeighted, type Random } from './random';

export const SCREENING_INSTRUMENT = { id: 'act-means-purpose', version: 1 } as const;

type Answer = string | number | string[];

export interface ScreeningContext {
  age: number;
  pattern: PatternId;
  /** The verification will find the person is not a victim: fewer indicators, more "no". */
  notVictim: boolean;
  exploitationTypes: readonly string[];
  controlMethods: readonly string[];
  recruitmentMethods: readonly string[];
  recruitmentPlatforms: readonly string[];
}

const optionValues = new Map<string, string>();

/** The instrument's option value for a vocabulary code, remembered (the conversion runs regexes). */
function optionValueFor(code: string): string {
  let value = optionValues.get(code);
  if (value === undefined) {
    value = optionValueOf(code);
    optionValues.set(code, value);
  }
  return value;
}

const UNKNOWN = 'unknown';
const DECLINED = 'declined';

function yesNo(random: Random, yes: number, no: number, unknown: number, declined = 0): string {
  return drawWeighted(random, [
    ['yes', yes],
    ['no', no],
    [UNKNOWN, unknown],
    [DECLINED, declined],
  ]);
}

/** Codes as the instrument's option values, each kept with a probability (the person tells part of it). */
function told(random: Random, codes: readonly string[], keep: number): string[] {
  const values = codes.filter(() => random() < keep).map(optionValueFor);
  if (values.length === 0 && codes.length > 0) values.push(optionValueFor(codes[0] as string));
  return values;
}

const HANDED_OVER: Readonly<Record<PatternId, number>> = {
  'marriage-china': 0.6,
  sexual: 0.35,
  'scam-compound': 0.3,
  'labour-abroad': 0.1,
  'labour-domestic': 0.1,
  europe: 0.25,
  surrogacy: 0.2,
};
const KEPT: Readonly<Record<PatternId, number>> = {
  'marriage-china': 0.5,
  sexual: 0.6,
  'scam-compound': 0.8,
  'labour-abroad': 0.4,
  'labour-domestic': 0.45,
  europe: 0.5,
  surrogacy: 0.7,
};

/**
 * Answers to the act–means–purpose screen (version 1) told by a person with this story, in the order the
 * interviewer asks, leaving out the follow-up questions their conditions hide.
 */
export function screeningAnswers(random: Random, context: ScreeningContext): Record<string, Answer> {
  const answers: Record<string, Answer> = {};
  const { age, notVictim } = context;
  answers['age-group'] =
    age < 18
      ? chance(random, 0.85)
        ? 'under-18'
        : 'may-be-under-18'
      : age <= 19 && chance(random, 0.1)
        ? 'may-be-under-18'
        : chance(random, 0.02)
          ? UNKNOWN
          : 'adult';
  answers['in-danger-now'] = notVictim ? yesNo(random, 5, 85, 10) : yesNo(random, 25, 65, 7, 3);
  answers['hurt-or-unwell'] = notVictim ? yesNo(random, 10, 82, 8) : yesNo(random, 28, 65, 7);
  answers['safe-place-tonight'] = notVictim ? yesNo(random, 85, 10, 5) : yesNo(random, 55, 40, 5);

  const recruited = context.recruitmentMethods.length > 0;
  const offered = recruited ? yesNo(random, 90, 0, 6, 4) : yesNo(random, 60, 10, 30);
  answers['offered-or-arranged'] = offered;
  if (offered === 'yes') {
    const methods = recruited
      ? chance(random, 0.05)
        ? DECLINED
        : told(random, context.recruitmentMethods, 0.9)
      : UNKNOWN;
    answers['recruitment-method'] = methods;
    const online =
      Array.isArray(methods) &&
      context.recruitmentMethods.some(
        (code) => ONLINE_RECRUITMENT.has(code) && methods.includes(optionValueFor(code)),
      );
    if (online)
      answers['recruitment-platforms'] =
        context.recruitmentPlatforms.length > 0 ? told(random, context.recruitmentPlatforms, 0.9) : UNKNOWN;
  }

  if (chance(random, 0.05)) answers.movement = UNKNOWN;
  else if (notVictim) answers.movement = chance(random, 0.6) ? ['transported'] : [];
  else {
    const movement = ['transported'];
    if (chance(random, HANDED_OVER[context.pattern])) movement.push('handed-over');
    if (chance(random, KEPT[context.pattern])) movement.push('kept-at-a-place');
    if (chance(random, 0.6)) movement.push('received-by-others');
    answers.movement = movement;
  }

  const sexualAbuse = context.controlMethods.includes('SexualAbuse');
  if (notVictim) answers['control-methods'] = chance(random, 0.3) ? told(random, ['FalsePromises'], 1) : [];
  else if (sexualAbuse && chance(random, 0.3)) answers['control-methods'] = DECLINED;
  else if (context.controlMethods.length === 0) answers['control-methods'] = UNKNOWN;
  else answers['control-methods'] = told(random, context.controlMethods, 0.85);

  if (notVictim) {
    const roll = random();
    answers['exploitation-types'] =
      roll < 0.5 ? [] : roll < 0.8 ? UNKNOWN : told(random, context.exploitationTypes, 1);
  } else
    answers['exploitation-types'] = chance(random, 0.04)
      ? DECLINED
      : told(random, context.exploitationTypes, 0.95);
  return answers;
}
