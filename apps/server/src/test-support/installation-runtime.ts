import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach } from 'vitest';
import { createApp } from '../app';
import type { CliRuntime } from '../cli/open';
import type { PreparedInstallation } from '../cli/prepare-installation';
import { loadConfig } from '../config';
import type { Database } from '../db/types';
import { createLogger } from '../lib/logger';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface InstallationRuntime {
  runtime: CliRuntime;
  /** A throwaway folder holding `data/` (LANTERN_DATA_DIR) and `config/` (XDG_CONFIG_HOME), never ~/.config. */
  root: string;
  cleanup(): void;
}

/**
 * What `lantern serve` would read from the environment `env`, with the data and configuration folders in a
 * throwaway place so tests never write into the real ~/.config.
 */
export function installationConfig(env: Record<string, string> = {}) {
  const root = mkdtempSync(path.join(os.tmpdir(), 'lantern-installation-'));
  const config = loadConfig(
    {
      LANTERN_DATA_DIR: path.join(root, 'data'),
      XDG_CONFIG_HOME: path.join(root, 'config'),
      HOME: path.join(root, 'home'),
      LOG_LEVEL: 'silent',
      ...env,
    },
    root,
  );
  return { config, root, cleanup: () => rmSync(root, { recursive: true, force: true }) };
}

/** The runtime `lantern serve` would have over `database`, configured as in `installationConfig`. */
export function installationRuntime(
  database: Database,
  env: Record<string, string> = {},
): InstallationRuntime {
  const { config, root, cleanup } = installationConfig(env);
  return { runtime: { config, logger: createLogger('silent'), database }, root, cleanup };
}

/** A master key as an operator makes one: `openssl rand -base64 32`. */
export const newKeyBase64 = (): string => randomBytes(32).toString('base64');

/** The app a started server runs, over the installation `prepareInstallation` made. */
export function appFor(runtime: CliRuntime, prepared: PreparedInstallation) {
  return createApp({
    database: runtime.database,
    logger: runtime.logger,
    migrations: prepared.migrations,
    keys: prepared.keys,
    demo: prepared.demo,
  });
}

/**
 * For each test, a new database and the installation `lantern serve` would have over it, the master key
 * given in the environment as an operator gives it; both are removed after the test.
 */
export function freshInstallationPerTest(): { testDb: TestDatabase; installation: InstallationRuntime } {
  const current = {} as { testDb: TestDatabase; installation: InstallationRuntime };
  beforeEach(async () => {
    current.testDb = await createTestDatabase();
    current.installation = installationRuntime(current.testDb.database, {
      LANTERN_MASTER_KEY: newKeyBase64(),
    });
  });
  afterEach(async () => {
    await current.testDb.close();
    current.installation.cleanup();
  });
  return current;
}
