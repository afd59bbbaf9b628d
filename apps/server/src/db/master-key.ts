import { existsSync } from 'node:fs';
import path from 'node:path';
import type { Config } from '../config';
import type { KeyRing } from '../lib/key-ring';
import {
  DATA_FOLDER_KEY,
  DATA_FOLDER_KEY_FILES,
  isInsideFolder,
  newMasterKey,
  parseMasterKey,
  readKeyFile,
  writeKeyFile,
} from '../lib/master-key-file';
import { KeyError } from '../lib/secret-box';
import { openKeyRing } from './data-keys';
import { isDemoInstallation, readInstallation } from './installation';
import type { Database } from './types';

export type KeyConfig = Pick<Config, 'masterKey' | 'masterKeyFile' | 'dataDir'>;

export interface LoadedMasterKey {
  key: Buffer;
  /** The file the key was read from (or made in); undefined when it came from LANTERN_MASTER_KEY. */
  file: string | undefined;
  created: boolean;
}

export class KeyInDataFolderError extends KeyError {
  constructor(files: string[], destination: string) {
    super(
      `The master key sits inside the data folder (${files.join(', ')}), so anyone with a copy of the folder — ` +
        'a backup, a stolen disk — can read every identity. Stop the server and run `lantern keys move` to move ' +
        `it to ${destination} (or set LANTERN_MASTER_KEY_FILE to a place outside the data folder first), then start again.`,
    );
  }
}

/** Key files left in the data folder; for a real installation each one is a copy of a key beside the data. */
export function keyFilesInDataFolder(dataDir: string): string[] {
  return DATA_FOLDER_KEY_FILES.map((name) => path.join(dataDir, name)).filter((file) => existsSync(file));
}

/**
 * Finds the installation's master key. LANTERN_MASTER_KEY wins; then LANTERN_MASTER_KEY_FILE. On the embedded
 * engine without either: a demo keeps its key in the data folder (its data is synthetic, and deleting the
 * folder resets everything); a real installation refuses a key there and keeps it in the configuration folder
 * (~/.config/lantern/master.key), made with 0600 on first start. A new key is made only for a database that
 * has never been keyed: a missing key for existing data is an error, never a silent new key.
 */
export function locateMasterKey(
  config: KeyConfig,
  installation: { embedded: boolean; demo: boolean; keyed: boolean },
): LoadedMasterKey {
  const inDataFolder = installation.embedded ? keyFilesInDataFolder(config.dataDir) : [];
  if (!installation.demo && inDataFolder.length > 0)
    throw new KeyInDataFolderError(inDataFolder, config.masterKeyFile.path);
  if (config.masterKey)
    return { key: parseMasterKey(config.masterKey, 'LANTERN_MASTER_KEY'), file: undefined, created: false };

  const configured = config.masterKeyFile;
  if (!installation.demo && installation.embedded && isInsideFolder(configured.path, config.dataDir))
    throw new KeyError(
      `LANTERN_MASTER_KEY_FILE (${configured.path}) is inside the data folder ${config.dataDir}; choose a place outside it.`,
    );
  if (!installation.embedded && !configured.configured)
    throw new KeyError(
      'Set LANTERN_MASTER_KEY (32 bytes, base64: openssl rand -base64 32) or LANTERN_MASTER_KEY_FILE to run on PostgreSQL.',
    );

  // A demo without a configured key file looks only in its own folder: it must never pick up (and never
  // encrypt synthetic data under) a real installation's key that happens to sit in the same user's ~/.config.
  const candidates =
    installation.demo && !configured.configured
      ? [path.join(config.dataDir, DATA_FOLDER_KEY)]
      : [configured.path];
  const found = candidates.find((file) => existsSync(file));
  if (found) return { key: readKeyFile(found), file: found, created: false };

  if (installation.keyed)
    throw new KeyError(
      `No master key found (looked in ${candidates.join(', ')}), but this database's data keys were made with one. ` +
        'Restore the key file from where you keep its backup, or set LANTERN_MASTER_KEY. Without it the identities cannot be read.',
    );
  if (!installation.embedded)
    throw new KeyError(
      `The key file ${configured.path} does not exist. Create it: openssl rand -base64 32 > FILE`,
    );
  const file = candidates[0] as string;
  const key = newMasterKey();
  writeKeyFile(file, key);
  return { key, file, created: true };
}

/** The master key of the installation behind `database`, by the rules of `locateMasterKey`. */
export async function loadInstallationMasterKey(
  config: KeyConfig,
  database: Database,
  options: { demo?: boolean } = {},
): Promise<LoadedMasterKey> {
  const state = await readInstallation(database);
  return locateMasterKey(config, {
    embedded: database.engine === 'pglite',
    demo: options.demo ?? isDemoInstallation(state),
    keyed: state.dataKeys > 0,
  });
}

/** The key ring of the installation: its master key found, then its data keys unwrapped (made on first start). */
export async function openInstallationKeyRing(
  config: KeyConfig,
  database: Database,
  options: { demo?: boolean } = {},
): Promise<KeyRing> {
  const { key } = await loadInstallationMasterKey(config, database, options);
  return openKeyRing(database, key);
}
