import { existsSync, readFileSync, renameSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { loadInstallationMasterKey } from '../db/master-key';
import { rotateMasterKey } from '../db/rotate-master-key';
import { newMasterKey, parseMasterKey, writeKeyFile } from '../lib/master-key-file';
import { KeyError } from '../lib/secret-box';
import { openRuntime } from './open';

/**
 * `lantern keys rotate`: re-wraps the data keys under a new master key. The new key comes from
 * --new-key-file or LANTERN_NEW_MASTER_KEY; when the current key lives in a key file and neither is given, a
 * new key replaces it in that file (the old one kept beside it as <file>.previous until you delete it).
 */
export async function keysRotateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'new-key-file': { type: 'string' } } });
  const { config, database } = await openRuntime();
  try {
    const current = await loadInstallationMasterKey(config, database);
    const keyFile = current.file;
    const replaceKeyFile =
      keyFile !== undefined && !values['new-key-file'] && !process.env.LANTERN_NEW_MASTER_KEY;
    const next = values['new-key-file']
      ? parseMasterKey(readFileSync(values['new-key-file'], 'utf8'), values['new-key-file'])
      : process.env.LANTERN_NEW_MASTER_KEY
        ? parseMasterKey(process.env.LANTERN_NEW_MASTER_KEY, 'LANTERN_NEW_MASTER_KEY')
        : replaceKeyFile
          ? newMasterKey()
          : undefined;
    if (!next)
      throw new KeyError('Give the new master key with --new-key-file FILE or LANTERN_NEW_MASTER_KEY');
    if (replaceKeyFile) writeKeyFile(`${keyFile}.next`, next, { replace: true });
    const outcome = await rotateMasterKey(database, current.key, next);
    if (replaceKeyFile && existsSync(keyFile)) {
      renameSync(keyFile, `${keyFile}.previous`);
      renameSync(`${keyFile}.next`, keyFile);
    }
    process.stdout.write(
      `Master key rotated from ${outcome.from} to ${outcome.to}: ${outcome.dataKeys} data keys re-wrapped, ` +
        `${outcome.resealed} account secrets re-sealed. Stored data is unchanged.\n` +
        (replaceKeyFile
          ? `The key file ${keyFile} now holds the new key; the old one is ${keyFile}.previous — delete it once backups made with it have expired.\n`
          : 'Servers already running continue. Set LANTERN_MASTER_KEY (or the key file) to the new key before their next restart.\n'),
    );
    return 0;
  } finally {
    await database.close();
  }
}
