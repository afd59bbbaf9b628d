/**
 * UN M49 sub-regions of the countries Vietnamese cases name most often (citizenship and countries of
 * exploitation), used to generalise a country in the CTDC export. Every other country becomes "Other": a
 * country rare enough to be missing here is exactly the kind of value k-anonymity must hide.
 */
const subRegions: Record<string, readonly string[]> = {
  'South-eastern Asia': ['VNM', 'LAO', 'KHM', 'THA', 'MMR', 'MYS', 'SGP', 'IDN', 'PHL', 'BRN', 'TLS'],
  'Eastern Asia': ['CHN', 'TWN', 'HKG', 'MAC', 'KOR', 'PRK', 'JPN', 'MNG'],
  'Western Asia': ['SAU', 'ARE', 'QAT', 'KWT', 'OMN', 'BHR', 'JOR', 'LBN', 'ISR', 'TUR', 'IRQ', 'SYR', 'YEM'],
  Europe: ['GBR', 'DEU', 'FRA', 'POL', 'CZE', 'NLD', 'BEL', 'IRL', 'ITA', 'ESP', 'RUS', 'UKR', 'HUN', 'ROU'],
  'Northern America': ['USA', 'CAN'],
  Africa: ['ZAF', 'AGO', 'NGA', 'EGY', 'MOZ', 'KEN'],
};

const regionOf = new Map(
  Object.entries(subRegions).flatMap(([region, countries]) => countries.map((code) => [code, region])),
);

/** The sub-region of an ISO 3166-1 alpha-3 code; "" stays "" (missing is not a region). */
export function countryRegion(alpha3: string): string {
  if (alpha3 === '') return '';
  return regionOf.get(alpha3) ?? 'Other';
}
