import { ensureSeedRows } from '../db/bootstrap';
import type { Database } from '../db/types';
import { ensureShippedInstruments } from '../modules/screening/instrument-catalogue';

/** The rows every installation needs: the database's seeded roles and agency types, and the instruments screening ships. */
export const ensureInstallationRows = (database: Database) =>
  ensureSeedRows(database, ensureShippedInstruments);
