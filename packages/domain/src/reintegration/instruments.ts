import { type Instrument, instrumentSchema } from '../screening/instrument-schema';
import { lanternReintegrationV1 } from './lantern-reintegration-v1';

/**
 * The reintegration instrument versions Lantern knows, checked against the screening engine's schema when
 * the module loads. Another instrument (IOM's survey, once its items and weights are transcribed) or a new
 * version is another entry of data here; the engine and the server read whichever version a visit names.
 */
export const reintegrationInstruments: readonly Instrument[] = [lanternReintegrationV1].map((definition) =>
  instrumentSchema.parse(definition),
);

/** The version new assessments use: the highest version of the default instrument. */
export const currentReintegrationInstrument = reintegrationInstruments
  .filter((entry) => entry.id === 'lantern-reintegration')
  .sort((a, b) => b.version - a.version)[0] as Instrument;

export function findReintegrationInstrument(id: string, version: number): Instrument | undefined {
  return reintegrationInstruments.find((entry) => entry.id === id && entry.version === version);
}
