import { type Config, loadConfig } from '../config';
import { openDatabase } from '../db/open-database';
import type { Database } from '../db/types';
import { createLogger, type Logger } from '../lib/logger';

export interface CliRuntime {
  config: Config;
  logger: Logger;
  database: Database;
}

/** Reads configuration, opens the chosen engine once and says which one it is. */
export async function openRuntime(): Promise<CliRuntime> {
  const config = loadConfig();
  const logger = createLogger(config.logLevel);
  const database = await openDatabase(config);
  logger.info({ engine: database.engine, target: database.target }, 'database engine selected');
  return { config, logger, database };
}
