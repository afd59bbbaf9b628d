import type { CasePathway, Referral } from '@lantern/domain';
import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import {
  checkPathwayDraft,
  doneCount,
  mayKeepPathway,
  moveStep,
  nameIn,
  newPathwayScope,
  stepDraft,
  stepPlace,
  toHours,
  withinParts,
  withinText,
} from './pathway-model';

// Says the key and its values, so a test reads what the reader would be told.
const t = ((key: string, values?: Record<string, unknown>) =>
  values ? `${key}:${JSON.stringify(values)}` : key) as unknown as TFunction;

describe('a step’s time limit in words', () => {
  it.each([
    [1, { count: 1, unit: 'hours' }],
    [24, { count: 24, unit: 'hours' }],
    [36, { count: 36, unit: 'hours' }],
    [47, { count: 47, unit: 'hours' }],
    [48, { count: 2, unit: 'days' }],
    [72, { count: 3, unit: 'days' }],
    [100, { count: 100, unit: 'hours' }],
    [336, { count: 14, unit: 'days' }],
  ])('%i hours → %o', (hours, expected) => {
    expect(withinParts(hours)).toEqual(expected);
  });

  it('is said with the pathway words', () => {
    expect(withinText(t, 24)).toBe('referralsWeb.pathways.within.hours:{"count":24}');
    expect(withinText(t, 72)).toBe('referralsWeb.pathways.within.days:{"count":3}');
  });

  it.each([
    [3, 'days', 72],
    ['24', 'hours', 24],
    [180, 'days', 4320],
    [181, 'days', null],
    [0, 'hours', null],
    [1.5, 'days', null],
    ['', 'hours', null],
    ['abc', 'days', null],
  ] as const)('%o %s → %o hours', (count, unit, expected) => {
    expect(toHours(count, unit)).toBe(expected);
  });
});

const referral = (status: Referral['status']) => ({ status }) as Referral;
const run = (statuses: (Referral['status'] | null)[], currentStep: number | null) =>
  ({
    currentStep,
    allStepsVisible: statuses.every((status) => status !== null),
    steps: statuses.map((status, index) => ({
      index,
      names: { vi: `B${index}`, en: '', ar: '' },
      agencyType: 'x',
      referral: status ? referral(status) : null,
    })),
  }) as unknown as CasePathway;

describe('where the person is on a pathway', () => {
  it('marks the steps done, the current one and those after it', () => {
    const started = run(['completed', 'accepted', 'sent'], 1);
    expect(started.steps.map((step) => stepPlace(started, step))).toEqual(['done', 'current', 'next']);
    expect(doneCount(started)).toBe(1);
  });

  it('says the person is stopped at a declined, revoked or expired step', () => {
    for (const status of ['declined', 'revoked', 'expired'] as const) {
      const stopped = run(['completed', status, 'sent'], 1);
      expect(stepPlace(stopped, stopped.steps[1] as CasePathway['steps'][number])).toBe('stuck');
    }
  });

  it('has no current step once every step is done', () => {
    const finished = run(['completed', 'completed'], null);
    expect(finished.steps.map((step) => stepPlace(finished, step))).toEqual(['done', 'done']);
    expect(doneCount(finished)).toBe(2);
  });

  it('shows a step another agency follows without its referral', () => {
    const recipient = run([null, 'sent', null], 0);
    expect(recipient.steps.map((step) => stepPlace(recipient, step))).toEqual(['current', 'next', 'hidden']);
  });
});

describe('who keeps a pathway', () => {
  it('gives the nation’s to system administrators and the province’s to its coordinator', () => {
    expect(mayKeepPathway(['admin.vocabularies.manage'], { provinceCode: null })).toBe(true);
    expect(mayKeepPathway(['admin.vocabularies.manage'], { provinceCode: '15' })).toBe(false);
    expect(mayKeepPathway(['case.read_province'], { provinceCode: '15' })).toBe(true);
    expect(mayKeepPathway(['case.read_province'], { provinceCode: null })).toBe(false);
    expect(mayKeepPathway(['referral.create'], { provinceCode: null })).toBe(false);
  });

  it('makes a coordinator’s new pathway the province’s', () => {
    expect(newPathwayScope(['case.read_province', 'admin.vocabularies.manage'])).toBe('province');
    expect(newPathwayScope(['admin.vocabularies.manage'])).toBe('national');
    expect(newPathwayScope(['case.read'])).toBeNull();
  });
});

describe('the pathway form', () => {
  const names = { vi: 'Người trở về', en: 'Returned', ar: 'العائدون' };

  it('sends the names and steps, trimmed, with the time limit in hours', () => {
    const step = {
      ...stepDraft(),
      names: { vi: ' Tiếp nhận ', en: 'Reception', ar: 'الاستقبال' },
      agencyType: 'social_work_centre',
      services: ['vn.Shelter'],
      urgency: 'urgent' as const,
      count: '3',
      unit: 'days' as const,
    };
    const { problems, input } = checkPathwayDraft(names, [step], t);
    expect(Object.values(problems).filter(Boolean)).toEqual([]);
    expect(input?.steps[0]).toEqual({
      names: { vi: 'Tiếp nhận', en: 'Reception', ar: 'الاستقبال' },
      agencyType: 'social_work_centre',
      services: ['vn.Shelter'],
      urgency: 'urgent',
      completeHours: 72,
    });
  });

  it('names each missing field as the server would', () => {
    const { problems, input } = checkPathwayDraft({ ...names, ar: ' ' }, [{ ...stepDraft(), count: '0' }], t);
    expect(input).toBeNull();
    expect(Object.keys(problems).sort()).toEqual(
      [
        'names.ar',
        'steps.0.agencyType',
        'steps.0.completeHours',
        'steps.0.names.ar',
        'steps.0.names.en',
        'steps.0.names.vi',
        'steps.0.services',
      ].sort(),
    );
  });

  it('opens a step as it was saved', () => {
    const draft = stepDraft({
      names,
      agencyType: 'legal_aid_centre',
      services: ['vn.LegalAid'],
      urgency: 'normal',
      completeHours: 336,
    });
    expect([draft.count, draft.unit, draft.agencyType]).toEqual(['14', 'days', 'legal_aid_centre']);
  });

  it('moves steps within the list only', () => {
    expect(moveStep(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(moveStep(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(moveStep(['a', 'b'], 0, -1)).toEqual(['a', 'b']);
    expect(moveStep(['a', 'b'], 1, 1)).toEqual(['a', 'b']);
  });
});

describe('names in the reader’s language', () => {
  it('falls back to Vietnamese', () => {
    expect(nameIn({ vi: 'Quy trình', en: 'Pathway', ar: '' }, 'ar')).toBe('Quy trình');
    expect(nameIn({ vi: 'Quy trình', en: 'Pathway', ar: 'مسار' }, 'en')).toBe('Pathway');
  });
});
