import { todayInVietNam, vocabularies } from '@lantern/domain';
import { AppError, type FieldProblem } from '../../lib/errors';

const known = (vocabulary: 'vn-support-regime' | 'support-plan-type', code: string) =>
  vocabularies[vocabulary].codes.some((entry) => entry.code === code);

/** Collects a form's problems so the answer names every field at once, then refuses before anything is written. */
export class FieldProblems {
  readonly list: FieldProblem[] = [];
  add(field: string, code: string, params?: Record<string, string | number>): this {
    this.list.push({ field, code, message: '', ...(params ? { params } : {}) });
    return this;
  }
  regime(field: string, code: string): this {
    return known('vn-support-regime', code) ? this : this.add(field, 'invalid_value');
  }
  planType(field: string, code: string): this {
    return known('support-plan-type', code) ? this : this.add(field, 'invalid_value');
  }
  throwIfAny(): void {
    if (this.list.length > 0) throw new AppError(400, 'validation', {}, this.list);
  }
}

const grouped = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 0 });

/** Money is a positive whole number of dong, and never above the regime's configured ceiling for that day. */
export function checkAmount(
  problems: FieldProblems,
  amountVnd: number | null | undefined,
  ceilingVnd: number | null | undefined,
): void {
  if (amountVnd === null || amountVnd === undefined) return;
  if (amountVnd <= 0) problems.add('amountVnd', 'amount_not_positive');
  else if (ceilingVnd && amountVnd > ceilingVnd)
    problems.add('amountVnd', 'amount_above_ceiling', { ceiling: grouped.format(ceilingVnd) });
}

/** Support is delivered between the day the case was opened and today (Viet Nam time). */
export function checkDeliveredOn(problems: FieldProblems, deliveredOn: string, caseReceivedOn: string): void {
  if (deliveredOn < caseReceivedOn)
    problems.add('deliveredOn', 'before_case_opened', { day: caseReceivedOn });
  else if (deliveredOn > todayInVietNam()) problems.add('deliveredOn', 'in_future');
}
