import { z } from 'zod';

/**
 * A combination of dimensions (or elements): a name, or all / any of sub-expressions. There is no "not":
 * a combination that more evidence could turn negative would make no sense for screening, and without it
 * every outcome is monotone in the evidence.
 */
export type Expression = string | { all: Expression[] } | { any: Expression[] };

export const expressionSchema: z.ZodType<Expression> = z.lazy(() =>
  z.union([
    z.string(),
    z.strictObject({ all: z.array(expressionSchema).min(1) }),
    z.strictObject({ any: z.array(expressionSchema).min(1) }),
  ]),
);

export function evaluateExpression(expression: Expression, isTrue: (name: string) => boolean): boolean {
  if (typeof expression === 'string') return isTrue(expression);
  if ('all' in expression) return expression.all.every((part) => evaluateExpression(part, isTrue));
  return expression.any.some((part) => evaluateExpression(part, isTrue));
}

export function expressionNames(expression: Expression): string[] {
  if (typeof expression === 'string') return [expression];
  return ('all' in expression ? expression.all : expression.any).flatMap(expressionNames);
}
