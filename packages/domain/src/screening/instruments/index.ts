import { type Instrument, instrumentSchema } from '../instrument-schema';
import { actMeansPurpose } from './act-means-purpose';
import { iloEcLabour } from './ilo-ec-labour';
import { migrantVulnerability } from './migrant-vulnerability';
import { scamCompound } from './scam-compound';
import { scamCompoundV2 } from './scam-compound-v2';

/**
 * The instrument versions Lantern ships, checked against the schema when the module loads. The server
 * publishes them at start-up; a correction ships as a new version beside the old one.
 */
export const shippedInstruments: readonly Instrument[] = [
  actMeansPurpose,
  scamCompound,
  scamCompoundV2,
  iloEcLabour,
  migrantVulnerability,
].map((definition) => instrumentSchema.parse(definition));

export function findShippedInstrument(id: string, version?: number): Instrument | undefined {
  const matching = shippedInstruments.filter((entry) => entry.id === id);
  if (version === undefined) return matching.sort((a, b) => b.version - a.version)[0];
  return matching.find((entry) => entry.version === version);
}
