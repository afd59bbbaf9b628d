import { describe, expect, it } from 'vitest';
import { findIndicator, seededIndicators } from './catalogue';
import { indicatorDefinitionSchema, isNationalOnly } from './definition';

describe('the seeded indicator catalogue', () => {
  it('holds every indicator the issue asks to seed, once each', () => {
    const codes = seededIndicators.map((indicator) => indicator.code);
    expect(new Set(codes).size).toBe(codes.length);
    expect(codes).toEqual(
      expect.arrayContaining([
        'persons_screened',
        'possible_victims_screened',
        'persons_received',
        'verified_within_3_days',
        'victims_identified',
        'victims_supported',
        'days_reception_to_identification',
        'days_identification_to_support',
        'referrals_made',
        'referrals_accepted',
        'referrals_completed',
        'referrals_overdue',
        'recruited_online',
        'follow_ups_on_schedule',
        'reintegration_score_12_months',
        'self_help_groups_active',
        'self_help_group_members',
        'one_stop_contacts',
        'frontline_staff_trained',
        'feedback_responses',
        'survivors_satisfied',
        'complaints_received',
        'complaints_answered_on_time',
      ]),
    );
  });

  it('names and defines every indicator in Vietnamese, English and Arabic', () => {
    for (const indicator of seededIndicators) {
      for (const language of ['vi', 'en', 'ar'] as const) {
        expect(indicator.name[language].length).toBeGreaterThan(3);
        expect(indicator.definition[language].length).toBeGreaterThan(10);
      }
      expect(indicator.definition.ar).toMatch(/[\u0600-\u06FF]/);
    }
  });

  it('keeps survivor feedback and complaints national only, and nothing else', () => {
    const nationalOnly = seededIndicators.filter(isNationalOnly).map((indicator) => indicator.code);
    expect(nationalOnly).toEqual([
      'feedback_responses',
      'survivors_satisfied',
      'complaints_received',
      'complaints_answered_on_time',
    ]);
  });

  it('finds an indicator by its code', () => {
    expect(findIndicator('persons_received')?.unit).toBe('count');
    expect(findIndicator('nothing')).toBeUndefined();
  });
});

describe('an administrator composes an indicator from the building blocks', () => {
  const base = {
    code: 'minors_identified',
    name: { vi: 'Trẻ em được xác định', en: 'Children identified', ar: 'الأطفال المحدَّدون' },
    definition: { vi: 'Định nghĩa', en: 'A definition', ar: 'تعريف المؤشر' },
    unit: 'count',
    block: { kind: 'count', subject: 'case', where: [{ code: 'identified' }] },
    dimensions: ['province', 'sex'],
  };

  it('accepts a count of a filtered set', () => {
    expect(indicatorDefinitionSchema.safeParse(base).success).toBe(true);
  });

  it.each([
    [
      'a filter of another subject',
      { block: { kind: 'count', subject: 'screening', where: [{ code: 'identified' }] } },
      'block.where.0.code',
    ],
    ['a unit that does not match its block', { unit: 'percentage' }, 'unit'],
    [
      'a disaggregation the subject cannot answer',
      { block: { kind: 'count', subject: 'screening' }, dimensions: ['sex'] },
      'dimensions.0',
    ],
    ['a repeated disaggregation', { dimensions: ['sex', 'sex'] }, 'dimensions'],
    ['a code with capitals', { code: 'Bad Code' }, 'code'],
    ['a missing Arabic name', { name: { vi: 'Tên', en: 'Name', ar: '' } }, 'name.ar'],
    ['an unknown building block', { block: { kind: 'sum', subject: 'case' } }, 'block.kind'],
    [
      'a duration between events of another subject',
      { unit: 'median_days', block: { kind: 'median_days', subject: 'case', from: 'received', to: 'sent' } },
      'periodBy',
    ],
  ])('refuses %s, naming the field', (_label, change, field) => {
    const result = indicatorDefinitionSchema.safeParse({ ...base, ...change });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((issue) => issue.path.join('.'))).toContain(field);
  });
});
