import { randomBytes } from 'node:crypto';
import { existsSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { rotateMasterKey } from '../db/rotate-master-key';
import { KeyError, loadMasterKey } from '../lib/secret-box';
import { openRuntime } from './open';

function readKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32)
    throw new KeyError(`${where} must hold 32 bytes encoded as base64 (openssl rand -base64 32)`);
  return key;
}

/**
 * `lantern keys rotate`: re-wraps the data keys under a new master key. The new key comes from
 * --new-key-file or LANTERN_NEW_MASTER_KEY; in embedded mode without either, a new key file replaces the old
 * one (kept as master.key.previous until you delete it).
 */
export async function keysRotateCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'new-key-file': { type: 'string' } } });
  const { config, database } = await openRuntime();
  try {
    const embedded = database.engine === 'pglite';
    const current = loadMasterKey({ envKey: config.masterKey, dataDir: config.dataDir, embedded });
    const keyFile = path.join(config.dataDir, 'master.key');
    const replaceKeyFile =
      embedded && !config.masterKey && !values['new-key-file'] && !process.env.LANTERN_NEW_MASTER_KEY;
    const next = values['new-key-file']
      ? readKey(readFileSync(values['new-key-file'], 'utf8'), values['new-key-file'])
      : process.env.LANTERN_NEW_MASTER_KEY
        ? readKey(process.env.LANTERN_NEW_MASTER_KEY, 'LANTERN_NEW_MASTER_KEY')
        : replaceKeyFile
          ? randomBytes(32)
          : undefined;
    if (!next)
      throw new KeyError('Give the new master key with --new-key-file FILE or LANTERN_NEW_MASTER_KEY');
    if (replaceKeyFile) writeFileSync(`${keyFile}.next`, next.toString('base64'), { mode: 0o600, flag: 'w' });
    const outcome = await rotateMasterKey(database, current, next);
    if (replaceKeyFile && existsSync(keyFile)) {
      renameSync(keyFile, `${keyFile}.previous`);
      renameSync(`${keyFile}.next`, keyFile);
    }
    process.stdout.write(
      `Master key rotated from ${outcome.from} to ${outcome.to}: ${outcome.dataKeys} data keys re-wrapped, ` +
        `${outcome.resealed} account secrets re-sealed. Stored data is unchanged.\n` +
        (replaceKeyFile
          ? `The key file ${keyFile} now holds the new key; the old one is ${keyFile}.previous — delete it once backups made with it have expired.\n`
          : 'Servers already running continue. Set LANTERN_MASTER_KEY to the new key before their next restart.\n'),
    );
    return 0;
  } finally {
    await database.close();
  }
}
