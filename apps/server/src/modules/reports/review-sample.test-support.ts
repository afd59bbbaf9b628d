import type { ReviewFigures } from './review-figures';

/** Figures of a made-up national review: a suppressed year, a share above and below target, an indicator not yet computable. */
export function sampleFigures(language: ReviewFigures['language']): ReviewFigures {
  return {
    language,
    scope: 'national',
    periods: { fromYear: 2021, toYear: 2023, targetYear: 2025 },
    years: [2021, 2022, 2023],
    k: 11,
    producedOn: '2026-12-06',
    groups: [
      {
        group: 'case',
        lines: [
          {
            code: 'persons_received',
            name: language === 'vi' ? 'Số người được tiếp nhận' : 'Persons received',
            unit: 'count',
            evaluable: true,
            nationalOnly: false,
            values: [{ kind: 'value', value: 1200 }, { kind: 'suppressed' }, { kind: 'value', value: 1800 }],
            target: 2000,
          },
          {
            code: 'verified_within_3_days',
            name: language === 'vi' ? 'Xác minh trong vòng 3 ngày (%)' : 'Verified within 3 days (%)',
            unit: 'percentage',
            evaluable: true,
            nationalOnly: false,
            values: [
              { kind: 'value', value: 80 },
              { kind: 'value', value: 85.5 },
              { kind: 'value', value: 97 },
            ],
            target: 90,
          },
        ],
      },
      {
        group: 'other',
        lines: [
          {
            code: 'frontline_staff_trained',
            name: language === 'vi' ? 'Cán bộ tuyến đầu được tập huấn' : 'Frontline staff trained',
            unit: 'count',
            evaluable: false,
            nationalOnly: false,
            values: [
              { kind: 'value', value: null },
              { kind: 'value', value: null },
              { kind: 'value', value: null },
            ],
            target: null,
          },
        ],
      },
    ],
  };
}
