import { z } from 'zod';
import { labelsSchema } from '../vocabularies/types';
import { type Condition, conditionQuestions, conditionSchema } from './conditions';
import { expressionNames, expressionSchema } from './expression';

/**
 * A screening instrument is data: sections of questions, show-if conditions and one scoring rule. A
 * published version never changes (screenings record the version they were scored with), so a correction
 * is a new version, and a list transcribed later (the ILO sexual-exploitation lists) is new data, not code.
 */

const id = z.string().regex(/^[a-z][a-z0-9-]*$/, { message: 'lower-case letters, digits and "-"' });
/** "unknown" and "declined" are the answers every question allows; an option may not take those names. */
const optionValue = id.refine((value) => value !== 'unknown' && value !== 'declined', {
  message: '"unknown" and "declined" are reserved answers',
});

export const questionTypes = ['yes-no', 'single', 'multi', 'number', 'date', 'text'] as const;
export type QuestionType = (typeof questionTypes)[number];

export const optionSchema = z.object({
  value: optionValue,
  labels: labelsSchema,
  /** The vocabulary code this option stands for, so a registered case can take it over. */
  code: z.string().optional(),
});

export const questionSchema = z
  .object({
    id,
    type: z.enum(questionTypes),
    /** What the interviewer asks, in words for the interviewer, respectful and trauma-informed. */
    prompt: labelsSchema,
    help: labelsSchema.optional(),
    options: z.array(optionSchema).optional(),
    /** Where the options come from, for the record (e.g. "control-method"); they are copied in at publication. */
    vocabulary: z.string().optional(),
    min: z.number().optional(),
    max: z.number().optional(),
    showIf: conditionSchema.optional(),
    /**
     * The same thing asked earlier in another instrument: its answer pre-fills this one (still editable), so
     * the person is not asked twice. With `anyOf`, a yes-no question reads "yes" when the earlier answer holds
     * one of those options and "no" when it holds only others.
     */
    prefillFrom: z
      .object({ instrument: id, question: id, anyOf: z.array(optionValue).min(1).optional() })
      .optional(),
  })
  .superRefine((question, context) => {
    const choice = question.type === 'single' || question.type === 'multi';
    if (choice && (question.options?.length ?? 0) === 0)
      context.addIssue({ code: 'custom', message: 'a choice question needs options', path: ['options'] });
    if (!choice && question.options)
      context.addIssue({ code: 'custom', message: 'only choice questions have options', path: ['options'] });
    const values = new Set<string>();
    for (const [index, option] of (question.options ?? []).entries()) {
      if (values.has(option.value))
        context.addIssue({ code: 'custom', message: 'duplicate option', path: ['options', index] });
      values.add(option.value);
    }
  });
export type Question = z.infer<typeof questionSchema>;

export const sectionSchema = z.object({
  id,
  title: labelsSchema,
  intro: labelsSchema.optional(),
  showIf: conditionSchema.optional(),
  questions: z.array(questionSchema).min(1),
});
export type Section = z.infer<typeof sectionSchema>;

/** Where an indicator is read from: a yes-no question answered "yes", or a choice question holding an option. */
export const indicatorSourceSchema = z.object({ question: id, option: optionValue.optional() });
export type IndicatorSource = z.infer<typeof indicatorSourceSchema>;

export const grades = ['strong', 'medium', 'weak'] as const;
export type Grade = (typeof grades)[number];
export const subjects = ['adult', 'child'] as const;
export type Subject = (typeof subjects)[number];

/** At least this many present indicators of each grade; a dimension is positive when any clause holds. */
export const thresholdClauseSchema = z
  .object({ strong: z.number().int().min(0), medium: z.number().int().min(0), weak: z.number().int().min(0) })
  .partial();
export type ThresholdClause = z.infer<typeof thresholdClauseSchema>;

/** How the person's age group is read from the answers; unanswered means "not known". */
export const subjectRuleSchema = z.object({ child: conditionSchema, adult: conditionSchema });

const dimensionSchema = z.object({ id, labels: labelsSchema });

export const gradedDimensionsSchema = z.object({
  kind: z.literal('graded-dimensions'),
  subject: subjectRuleSchema,
  dimensions: z.array(dimensionSchema).min(1),
  indicators: z
    .array(
      z.object({
        id,
        dimension: id,
        source: indicatorSourceSchema,
        /** The grade in the adult list and in the child list; absent where a list does not have the item. */
        grades: z.object({ adult: z.enum(grades), child: z.enum(grades) }).partial(),
      }),
    )
    .min(1),
  threshold: z.array(thresholdClauseSchema).min(1),
  combination: z.object({ adult: expressionSchema, child: expressionSchema }),
});

export const elementCombinationSchema = z.object({
  kind: z.literal('element-combination'),
  subject: subjectRuleSchema,
  elements: z.array(dimensionSchema).min(1),
  indicators: z.array(z.object({ id, element: id, source: indicatorSourceSchema })).min(1),
  combination: z.object({ adult: expressionSchema, child: expressionSchema }),
});

export const weightedScoreSchema = z.object({
  kind: z.literal('weighted-score'),
  dimensions: z.array(dimensionSchema).min(1),
  items: z
    .array(z.object({ id, dimension: id, source: indicatorSourceSchema, weight: z.number().positive() }))
    .min(1),
  /** Levels by total score, lowest first; the highest level whose minimum the score reaches applies. */
  levels: z.array(z.object({ id, min: z.number(), labels: labelsSchema })).min(1),
});

/**
 * Dimension scores in 0–1: each answer is normalised to a value in 0–1 (1 = the better situation), a
 * dimension is the weighted mean of its answered items and the composite the weighted mean of the scored
 * dimensions. Values and weights are data, so another survey (IOM's, once transcribed) is a new version.
 */
export const normalisedDimensionsSchema = z.object({
  kind: z.literal('normalised-dimensions'),
  dimensions: z.array(dimensionSchema.extend({ weight: z.number().positive() })).min(1),
  items: z
    .array(
      z.object({
        id,
        dimension: id,
        question: id,
        weight: z.number().positive(),
        /** The value of each possible answer (a yes-no question's "yes" and "no", a choice's options). */
        values: z.record(z.string(), z.number().min(0).max(1)),
      }),
    )
    .min(1),
});

export const scoringRuleSchema = z.discriminatedUnion('kind', [
  gradedDimensionsSchema,
  elementCombinationSchema,
  weightedScoreSchema,
  normalisedDimensionsSchema,
]);
export type ScoringRule = z.infer<typeof scoringRuleSchema>;
export type GradedDimensionsRule = z.infer<typeof gradedDimensionsSchema>;
export type ElementCombinationRule = z.infer<typeof elementCombinationSchema>;
export type WeightedScoreRule = z.infer<typeof weightedScoreSchema>;
export type NormalisedDimensionsRule = z.infer<typeof normalisedDimensionsSchema>;

/** Needs to refer for (medical care, shelter …) read from the answers, whatever the outcome. */
export const needRuleSchema = z.object({ need: id, when: conditionSchema });

export const sourceStatuses = ['verified', 'secondary', 'local'] as const;
export type SourceStatus = (typeof sourceStatuses)[number];

export const instrumentSchema = z
  .object({
    id,
    version: z.number().int().positive(),
    /** How sure we are of the content: verified against the primary text, secondary, or a local extension. */
    sourceStatus: z.enum(sourceStatuses),
    title: labelsSchema,
    summary: labelsSchema,
    sources: z.array(z.string()).min(1),
    /** An extension is offered after a default screen (e.g. for returnees from scam compounds). */
    role: z.enum(['default', 'extension', 'vulnerability', 'reintegration', 'feedback']),
    sections: z.array(sectionSchema).min(1),
    scoring: scoringRuleSchema,
    needs: z.array(needRuleSchema).default([]),
  })
  .superRefine((instrument, context) => checkReferences(instrument, context));
export type Instrument = z.infer<typeof instrumentSchema>;
export type InstrumentInput = z.input<typeof instrumentSchema>;

function checkReferences(instrument: z.infer<typeof instrumentSchema>, context: z.RefinementCtx): void {
  const questions = new Map<string, Question>();
  // A condition may read only questions asked before it, so the interview never loops back.
  const checkCondition = (condition: Condition | undefined, path: (string | number)[]) => {
    for (const name of condition ? conditionQuestions(condition) : [])
      if (!questions.has(name))
        context.addIssue({ code: 'custom', message: `condition reads ${name}, not asked before`, path });
  };
  for (const [s, section] of instrument.sections.entries()) {
    checkCondition(section.showIf, ['sections', s, 'showIf']);
    for (const [q, question] of section.questions.entries()) {
      checkCondition(question.showIf, ['sections', s, 'questions', q, 'showIf']);
      if (questions.has(question.id))
        context.addIssue({
          code: 'custom',
          message: `duplicate question ${question.id}`,
          path: ['sections'],
        });
      questions.set(question.id, question);
    }
  }
  for (const [index, rule] of instrument.needs.entries()) checkCondition(rule.when, ['needs', index]);
  if (instrument.scoring.kind === 'normalised-dimensions') {
    checkNormalisedItems(instrument.scoring, questions, context);
    return;
  }
  if (instrument.scoring.kind !== 'weighted-score') {
    checkCondition(instrument.scoring.subject.adult, ['scoring', 'subject', 'adult']);
    checkCondition(instrument.scoring.subject.child, ['scoring', 'subject', 'child']);
  }
  const checkSource = (source: IndicatorSource, path: (string | number)[]) => {
    const question = questions.get(source.question);
    const fits =
      question &&
      (question.type === 'yes-no'
        ? source.option === undefined
        : (question.type === 'single' || question.type === 'multi') &&
          question.options?.some((option) => option.value === source.option));
    if (!fits)
      context.addIssue({ code: 'custom', message: 'indicator source is not a question or option', path });
  };
  const rule = instrument.scoring;
  const groups = new Set(
    (rule.kind === 'element-combination' ? rule.elements : rule.dimensions).map((d) => d.id),
  );
  const items = rule.kind === 'weighted-score' ? rule.items : rule.indicators;
  for (const [index, item] of items.entries()) {
    checkSource(item.source, ['scoring', 'items', index]);
    const group = 'element' in item ? item.element : item.dimension;
    if (!groups.has(group))
      context.addIssue({ code: 'custom', message: `unknown dimension ${group}`, path: ['scoring', index] });
  }
  if (rule.kind !== 'weighted-score')
    for (const subject of ['adult', 'child'] as const)
      for (const name of expressionNames(rule.combination[subject]))
        if (!groups.has(name))
          context.addIssue({ code: 'custom', message: `unknown dimension ${name}`, path: ['scoring'] });
}

/** Every item reads a yes-no or single-choice question and values exactly the answers it can take. */
function checkNormalisedItems(
  rule: NormalisedDimensionsRule,
  questions: ReadonlyMap<string, Question>,
  context: z.RefinementCtx,
): void {
  const dimensions = new Set(rule.dimensions.map((dimension) => dimension.id));
  for (const [index, item] of rule.items.entries()) {
    const path = ['scoring', 'items', index];
    if (!dimensions.has(item.dimension))
      context.addIssue({ code: 'custom', message: `unknown dimension ${item.dimension}`, path });
    const question = questions.get(item.question);
    const answers =
      question?.type === 'yes-no'
        ? ['yes', 'no']
        : question?.type === 'single'
          ? (question.options ?? []).map((option) => option.value)
          : undefined;
    if (!answers) {
      context.addIssue({ code: 'custom', message: 'item must read a yes-no or single question', path });
      continue;
    }
    const valued = Object.keys(item.values).sort();
    if (valued.join('|') !== [...answers].sort().join('|'))
      context.addIssue({ code: 'custom', message: 'item must value every answer, and only those', path });
  }
}
