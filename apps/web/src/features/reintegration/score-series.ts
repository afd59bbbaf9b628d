import type { FollowUpVisit, Instrument, Locale } from '@lantern/domain';

/** One line of the chart and one column of its table: a dimension, or the composite. */
export interface ScoreSeries {
  id: string;
  label: string;
  /** One value per assessed visit, in visit order; null where the dimension was not scored. */
  values: (number | null)[];
}

export interface ScoreSeriesData {
  /** The assessed visits, in order: their month and the day of the visit. */
  visits: { months: number; visitedOn: string }[];
  series: ScoreSeries[];
}

/**
 * The scores of the assessed visits as series for the chart and rows for its table. Dimensions are named
 * from the instrument, so another instrument's dimensions need no code; the composite comes last.
 */
export function scoreSeries(
  visits: readonly FollowUpVisit[],
  instrument: Instrument,
  locale: Locale,
  compositeLabel: string,
): ScoreSeriesData {
  const assessed = visits.filter((visit) => visit.assessment !== null);
  const rule = instrument.scoring;
  const dimensions = rule.kind === 'normalised-dimensions' ? rule.dimensions : [];
  const series: ScoreSeries[] = dimensions.map((dimension) => ({
    id: dimension.id,
    label: dimension.labels[locale],
    values: assessed.map(
      (visit) =>
        visit.assessment?.dimensions.find((entry) => entry.dimension === dimension.id)?.score ?? null,
    ),
  }));
  series.push({
    id: 'composite',
    label: compositeLabel,
    values: assessed.map((visit) => visit.assessment?.composite ?? null),
  });
  return {
    visits: assessed.map((visit) => ({ months: visit.months, visitedOn: visit.assessment?.visitedOn ?? '' })),
    series,
  };
}

/** A score as people read it: two decimals, in the reader's number format (0,75 in Vietnamese). */
export function formatScore(value: number | null, locale: Locale, missing: string): string {
  if (value === null) return missing;
  const tag = locale === 'ar' ? 'ar-u-nu-latn' : locale;
  return new Intl.NumberFormat(tag, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(value);
}
