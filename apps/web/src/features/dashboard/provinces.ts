import boundaries from './provinces-34.json';

/**
 * The 34 provinces of the 2025 reform with their simplified boundaries (scripts/map-data/simplify-provinces.mjs
 * makes the file from shared/data). Names are the official Vietnamese ones, proper nouns in every language.
 */
export const provinceBoundaries = boundaries as unknown as {
  type: 'FeatureCollection';
  features: { type: 'Feature'; properties: { code: string; name: string }; geometry: unknown }[];
};

const collator = new Intl.Collator('vi');

/** Province code → name, in Vietnamese alphabetical order (as lists of provinces are read). */
export const provinceNames: ReadonlyMap<string, string> = new Map(
  provinceBoundaries.features
    .map((feature) => [feature.properties.code, feature.properties.name] as const)
    .sort(([, a], [, b]) => collator.compare(a, b)),
);
