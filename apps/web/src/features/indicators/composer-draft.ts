import {
  type IndicatorDefinitionInput,
  type IndicatorDimension,
  type IndicatorSubject,
  type IndicatorSummary,
  indicatorEvents,
  indicatorFilters,
  indicatorMeasures,
  subjectDimensions,
} from '@lantern/domain';

/** The four building blocks, and the unit each one is measured in (the server insists they match). */
export const blockKinds = ['count', 'ratio', 'median_days', 'mean'] as const;
export type BlockKind = (typeof blockKinds)[number];
export const unitOfBlock = {
  count: 'count',
  ratio: 'percentage',
  median_days: 'median_days',
  mean: 'mean',
} as const satisfies Record<BlockKind, IndicatorDefinitionInput['unit']>;

/** The filters that take a number, and which one. */
export const filterParameter: Record<string, 'days' | 'months'> = {
  verified_within_days: 'days',
  visit_months: 'months',
};

export interface FilterDraft {
  code: string;
  /** The number a `days`/`months` filter takes, as typed. */
  number: string;
}
type Localised = { vi: string; en: string; ar: string };

/** The composer's form as the administrator fills it: text as typed, choices from the fixed lists. */
export interface IndicatorDraft {
  code: string;
  name: Localised;
  definition: Localised;
  kind: BlockKind;
  subject: IndicatorSubject;
  where: FilterDraft[];
  numerator: FilterDraft[];
  from: string;
  to: string;
  measure: string;
  dimensions: IndicatorDimension[];
}

const blank = (): Localised => ({ vi: '', en: '', ar: '' });

export function subjectFilters(subject: IndicatorSubject): readonly string[] {
  return indicatorFilters[subject];
}
export function subjectEvents(subject: IndicatorSubject): readonly string[] {
  return indicatorEvents[subject];
}

export function emptyDraft(): IndicatorDraft {
  return {
    code: '',
    name: blank(),
    definition: blank(),
    kind: 'count',
    subject: 'case',
    where: [],
    numerator: [],
    from: indicatorEvents.case[0],
    to: indicatorEvents.case[1],
    measure: indicatorMeasures[0],
    dimensions: [],
  };
}

/** A new filter row: the subject's first filter. */
export function newFilter(subject: IndicatorSubject): FilterDraft {
  return { code: subjectFilters(subject)[0] ?? '', number: '' };
}

/** Changing the subject keeps only the filters, dates and breakdowns that still apply to it. */
export function withSubject(draft: IndicatorDraft, subject: IndicatorSubject): IndicatorDraft {
  const filters = subjectFilters(subject);
  const events = subjectEvents(subject);
  const keep = (rows: FilterDraft[]) => rows.filter((row) => filters.includes(row.code));
  return {
    ...draft,
    subject,
    where: keep(draft.where),
    numerator: keep(draft.numerator),
    from: events.includes(draft.from) ? draft.from : (events[0] ?? ''),
    to: events.includes(draft.to) ? draft.to : (events[1] ?? events[0] ?? ''),
    dimensions: draft.dimensions.filter((dimension) => subjectDimensions[subject].includes(dimension)),
  };
}

const toFilterDraft = (filter: { code: string; days?: number; months?: number }): FilterDraft => ({
  code: filter.code,
  number: String(filter.days ?? filter.months ?? ''),
});

/** The form filled with an indicator of the catalogue, to change it. */
export function draftOf(indicator: IndicatorSummary): IndicatorDraft {
  const { block } = indicator;
  const draft = emptyDraft();
  return {
    ...withSubject(draft, block.subject),
    code: indicator.code,
    name: { ...indicator.name },
    definition: { ...indicator.definition },
    kind: block.kind,
    where: block.where.map(toFilterDraft),
    numerator: block.kind === 'ratio' ? block.numerator.map(toFilterDraft) : [],
    from: block.kind === 'median_days' ? block.from : (subjectEvents(block.subject)[0] ?? ''),
    to: block.kind === 'median_days' ? block.to : (subjectEvents(block.subject)[1] ?? ''),
    measure: block.kind === 'mean' ? block.measure : draft.measure,
    dimensions: [...indicator.dimensions],
  };
}

/** Whether a filter row's number is missing or not a whole number (checked before anything is sent). */
export function filterNumberInvalid(row: FilterDraft): boolean {
  if (!filterParameter[row.code]) return false;
  return !/^\d{1,4}$/.test(row.number.trim());
}

function toFilter(row: FilterDraft) {
  const parameter = filterParameter[row.code];
  return parameter ? { code: row.code, [parameter]: Number(row.number.trim()) } : { code: row.code };
}

/** The definition `POST /api/indicators` takes; the unit follows from the building block. */
export function definitionOf(draft: IndicatorDraft): IndicatorDefinitionInput {
  const where = draft.where.map(toFilter);
  const common = { subject: draft.subject, where };
  const block = (() => {
    switch (draft.kind) {
      case 'count':
        return { kind: 'count' as const, ...common };
      case 'ratio':
        return { kind: 'ratio' as const, ...common, numerator: draft.numerator.map(toFilter) };
      case 'median_days':
        return { kind: 'median_days' as const, ...common, from: draft.from, to: draft.to };
      case 'mean':
        return { kind: 'mean' as const, ...common, measure: draft.measure };
    }
  })() as IndicatorDefinitionInput['block'];
  return {
    code: draft.code.trim(),
    name: draft.name,
    definition: draft.definition,
    unit: unitOfBlock[draft.kind],
    block,
    dimensions: [...draft.dimensions],
  };
}

/**
 * Where a server field error belongs on the form. The composition rule names a filter by its place among the
 * denominator's filters followed by the numerator's (`block.where.N.code`), the schema by its own list.
 */
export function filterRowOfField(
  field: string,
  whereCount: number,
): { list: 'where' | 'numerator'; index: number } | null {
  const match = /^block\.(where|numerator)\.(\d+)(\.|$)/.exec(field);
  if (!match) return null;
  const index = Number(match[2]);
  if (match[1] === 'numerator') return { list: 'numerator', index };
  return index < whereCount ? { list: 'where', index } : { list: 'numerator', index: index - whereCount };
}
