import { existsSync, unlinkSync } from 'node:fs';
import path from 'node:path';
import { recordSystemAudit } from '../audit/system-audit';
import { createKeyRing } from '../lib/key-ring';
import { DATA_FOLDER_KEY, isInsideFolder, readKeyFile, writeKeyFile } from '../lib/master-key-file';
import { createSecretBox, KeyError } from '../lib/secret-box';
import { readDataKeys } from './data-keys';
import { type KeyConfig, keyFilesInDataFolder } from './master-key';
import type { Database } from './types';

export interface KeyMove {
  /** Key files taken out of the data folder. */
  moved: string[];
  /** Where the current key now lives (undefined when it comes from LANTERN_MASTER_KEY). */
  to: string | undefined;
  keyId: string | undefined;
}

/** Throws unless `key` unwraps every data key of the database (a database never keyed accepts any key). */
async function checkOpensDataKeys(database: Database, key: Buffer, where: string): Promise<void> {
  const owner = await database.openOwner();
  if (!owner) throw new KeyError('Moving the master key needs the schema owner connection');
  try {
    const rows = await owner.transaction((session) => readDataKeys(session));
    if (rows.length === 0) return;
    try {
      createKeyRing(key, rows);
    } catch (error) {
      throw new KeyError(
        `The key in ${where} does not open this database's data keys: ${(error as Error).message}`,
      );
    }
  } finally {
    await owner.close();
  }
}

/** The key already at `file`, if any, must be this one: a move never overwrites another key. */
function checkFree(file: string, key: Buffer): 'free' | 'same' {
  if (!existsSync(file)) return 'free';
  if (readKeyFile(file).equals(key)) return 'same';
  throw new KeyError(
    `${file} already holds a different key (${createSecretBox(readKeyFile(file)).keyId}); choose another place with --to FILE.`,
  );
}

/**
 * `lantern keys move`: takes the master key (and the previous one `keys rotate` kept) out of the embedded data
 * folder. Checks the key opens the data keys, writes it to its new place (0600, fsynced), reads it back and
 * checks again, and only then deletes the copies in the data folder. Runs with the server stopped (the data
 * folder is locked while it runs).
 */
export async function moveMasterKey(config: KeyConfig, database: Database, to?: string): Promise<KeyMove> {
  if (database.engine !== 'pglite')
    throw new KeyError(
      'On PostgreSQL the master key is never kept in a data folder; there is nothing to move.',
    );
  const sources = keyFilesInDataFolder(config.dataDir);
  if (sources.length === 0) return { moved: [], to: undefined, keyId: undefined };
  const destination = path.resolve(to ?? config.masterKeyFile.path);
  if (isInsideFolder(destination, config.dataDir))
    throw new KeyError(
      `${destination} is inside the data folder ${config.dataDir}; choose a place outside it.`,
    );

  const currentFile = path.join(config.dataDir, DATA_FOLDER_KEY);
  const previousFile = `${currentFile}.previous`;
  const current = existsSync(currentFile) ? readKeyFile(currentFile) : undefined;
  const previous = existsSync(previousFile) ? readKeyFile(previousFile) : undefined;
  const envKey = config.masterKey ? Buffer.from(config.masterKey, 'base64') : undefined;

  // Every check before the first write: a refused move leaves everything as it was.
  if (current) await checkOpensDataKeys(database, current, currentFile);
  if (current && envKey && !current.equals(envKey))
    throw new KeyError(
      `${currentFile} is not the key in LANTERN_MASTER_KEY. It may open older backups: keep it somewhere safe, then delete it yourself.`,
    );
  const writeCurrent = current && !envKey ? checkFree(destination, current) : 'same';
  const writePrevious = previous ? checkFree(`${destination}.previous`, previous) : 'same';

  if (current && writeCurrent === 'free') writeKeyFile(destination, current);
  if (previous && writePrevious === 'free') writeKeyFile(`${destination}.previous`, previous);
  if (current && !envKey) {
    if (!readKeyFile(destination).equals(current))
      throw new KeyError(`${destination} did not read back the same key`);
    await checkOpensDataKeys(database, readKeyFile(destination), destination);
  }
  if (previous && !readKeyFile(`${destination}.previous`).equals(previous))
    throw new KeyError(`${destination}.previous did not read back the same key`);
  for (const file of sources) unlinkSync(file);

  const keyId = current ? createSecretBox(current).keyId : undefined;
  const owner = await database.openOwner();
  if (owner)
    try {
      await owner.transaction((session) =>
        recordSystemAudit(session, {
          action: 'system.keys.move',
          resourceType: 'master_key',
          details: { keyId: keyId ?? null, files: sources.length, toEnvironment: Boolean(current && envKey) },
        }),
      );
    } finally {
      await owner.close();
    }
  return { moved: sources, to: current && envKey ? undefined : destination, keyId };
}
