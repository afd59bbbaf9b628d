import { indicatorDefinitionSchema } from '@lantern/domain';
import { describe, expect, it } from 'vitest';
import { definitionOf, draftOf, emptyDraft, filterRowOfField, withSubject } from './composer-draft';

const named = { vi: 'Tên', en: 'Name', ar: 'اسم' };

describe('the indicator composer', () => {
  it('sends a ratio the server accepts, its unit following from the block and numbers where filters need them', () => {
    const draft = {
      ...emptyDraft(),
      code: 'verified_fast',
      name: named,
      definition: named,
      kind: 'ratio' as const,
      where: [{ code: 'identified', number: '' }],
      numerator: [{ code: 'verified_within_days', number: ' 30 ' }],
      dimensions: ['sex' as const],
    };
    const definition = definitionOf(draft);
    expect(definition.unit).toBe('percentage');
    expect(definition.block).toEqual({
      kind: 'ratio',
      subject: 'case',
      where: [{ code: 'identified' }],
      numerator: [{ code: 'verified_within_days', days: 30 }],
    });
    expect(indicatorDefinitionSchema.safeParse(definition).success).toBe(true);
  });

  it('drops the filters, dates and breakdowns a new subject does not have', () => {
    const draft = {
      ...emptyDraft(),
      kind: 'median_days' as const,
      where: [{ code: 'recruited_online', number: '' }],
      dimensions: ['province' as const, 'sex' as const],
    };
    const changed = withSubject(draft, 'screening');
    expect(changed.where).toEqual([]);
    expect(changed.dimensions).toEqual(['province']);
    expect(changed.from).toBe('screened');
    expect(changed.to).toBe('screened');
  });

  it('opens a stored indicator as it was composed', () => {
    const draft = draftOf({
      code: 'visits_12',
      name: named,
      definition: named,
      unit: 'count',
      block: { kind: 'count', subject: 'reintegration_visit', where: [{ code: 'visit_months', months: 12 }] },
      dimensions: ['province'],
      targets: [],
      evaluable: true,
      nationalOnly: false,
      custom: true,
    });
    expect(draft.where).toEqual([{ code: 'visit_months', number: '12' }]);
    expect(definitionOf(draft).block).toEqual({
      kind: 'count',
      subject: 'reintegration_visit',
      where: [{ code: 'visit_months', months: 12 }],
    });
  });

  it("places the server's filter errors on their rows: the numerator's follow the denominator's", () => {
    expect(filterRowOfField('block.where.1.code', 2)).toEqual({ list: 'where', index: 1 });
    expect(filterRowOfField('block.where.3.code', 2)).toEqual({ list: 'numerator', index: 1 });
    expect(filterRowOfField('block.numerator.0.days', 2)).toEqual({ list: 'numerator', index: 0 });
    expect(filterRowOfField('dimensions.1', 2)).toBeNull();
  });
});
