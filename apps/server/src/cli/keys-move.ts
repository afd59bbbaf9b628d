import { parseArgs } from 'node:util';
import { moveMasterKey } from '../db/move-master-key';
import { openRuntime } from './open';

/** `lantern keys move [--to FILE]`: the embedded master key out of the data folder (see move-master-key.ts). */
export async function keysMoveCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { to: { type: 'string' } } });
  const { config, database } = await openRuntime();
  try {
    const outcome = await moveMasterKey(config, database, values.to);
    if (outcome.moved.length === 0) {
      process.stdout.write(`No key file in the data folder ${config.dataDir}; nothing to move.\n`);
      return 0;
    }
    const lines = [
      `Moved out of the data folder: ${outcome.moved.join(', ')}.`,
      outcome.to
        ? `The master key${outcome.keyId ? ` ${outcome.keyId}` : ''} is now in ${outcome.to} (readable by this user only).`
        : 'The master key comes from LANTERN_MASTER_KEY; the copy in the data folder is deleted.',
      ...(outcome.to && values.to && outcome.to !== config.masterKeyFile.path
        ? [`Set LANTERN_MASTER_KEY_FILE=${outcome.to} for the server and every lantern command.`]
        : []),
      'Back the key up apart from the data, and replace backups of the data folder made while it held the key.',
    ];
    process.stdout.write(`${lines.join('\n')}\n`);
    return 0;
  } finally {
    await database.close();
  }
}
