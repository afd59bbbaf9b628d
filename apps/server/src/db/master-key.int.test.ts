import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, inject, it } from 'vitest';
import { createFirstAdmin } from '../cli/create-admin';
import { ensureInstallationRows } from '../cli/installation-rows';
import { prepareInstallation } from '../cli/prepare-installation';
import { loadConfig } from '../config';
import { createLogger } from '../lib/logger';
import { newMasterKey } from '../lib/master-key-file';
import {
  type InstallationRuntime,
  installationConfig,
  installationRuntime,
} from '../test-support/installation-runtime';
import { createTestDatabase, type TestDatabase, testEngine } from '../test-support/test-database';
import { openKeyRing } from './data-keys';
import { loadInstallationMasterKey } from './master-key';
import { migrate } from './migrator';
import { moveMasterKey } from './move-master-key';
import { type EmbeddedDatabase, openPglite } from './pglite';

const mode = (file: string) => statSync(file).mode & 0o777;

/** Every file under `folder`, recursively: what a copy of it would carry. */
function filesUnder(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
}

// Issue #12 item 9: a copy of the data folder is not a copy of the key.
describe.runIf(testEngine === 'pglite')('embedded master key custody', () => {
  const opened: EmbeddedDatabase[] = [];
  const runtimes: InstallationRuntime[] = [];

  /** An embedded installation on disk, as `lantern serve` opens it: data/ and config/ in a throwaway root. */
  async function embedded(env: Record<string, string> = {}) {
    const { config, root, cleanup } = installationConfig(env);
    const templateFile = inject('pgliteTemplate');
    const database = await openPglite(
      path.join(config.dataDir, 'pglite'),
      templateFile ? new Blob([readFileSync(templateFile)]) : undefined,
    );
    opened.push(database);
    const installation = { runtime: { config, logger: createLogger('silent'), database }, root, cleanup };
    runtimes.push(installation);
    return installation;
  }
  const configKeyFile = (root: string) => path.join(root, 'config', 'lantern', 'master.key');

  afterEach(async () => {
    for (const database of opened.splice(0)) await database.close().catch(() => {});
    for (const runtime of runtimes.splice(0)) runtime.cleanup();
  });

  it('a new real installation makes its key in the configuration folder (0600), and a copy of the data folder cannot open it', async () => {
    const { runtime, root } = await embedded();
    const prepared = await prepareInstallation(runtime, { demo: 'off' });
    const sealed = prepared.keys.seal('Nguyễn Thị Xuyến', 'person:name');
    const keyFile = configKeyFile(root);
    expect(mode(keyFile)).toBe(0o600);
    expect(mode(path.dirname(keyFile))).toBe(0o700);
    expect(existsSync(path.join(runtime.config.dataDir, 'master.key'))).toBe(false);
    await runtime.database.close();

    // Someone walks away with a copy of the data folder (a backup, a disk) — and only that.
    const copy = path.join(root, 'stolen', 'data');
    cpSync(runtime.config.dataDir, copy, { recursive: true });
    const key = Buffer.from(readFileSync(keyFile, 'utf8'), 'base64');
    for (const file of filesUnder(copy)) {
      const bytes = readFileSync(file);
      expect(bytes.includes(key) || bytes.includes(key.toString('base64')), file).toBe(false);
    }
    const stolen = await openPglite(path.join(copy, 'pglite'));
    opened.push(stolen);
    const thief = loadConfig(
      { LANTERN_DATA_DIR: copy, XDG_CONFIG_HOME: path.join(root, 'thief-config') },
      root,
    );
    await expect(loadInstallationMasterKey(thief, stolen)).rejects.toThrow(/No master key found/);
    // The operator, who has the key, opens the same copy.
    const restored = { ...runtime.config, dataDir: copy };
    const ring = openKeyRing(stolen, (await loadInstallationMasterKey(restored, stolen)).key);
    expect((await ring).open(sealed, 'person:name')).toBe('Nguyễn Thị Xuyến');
  });

  it('a real installation whose key sits in the data folder refuses to start; lantern keys move takes it out and it starts after', async () => {
    const { runtime, root } = await embedded();
    const { database, config } = runtime;
    // An installation made before this fix: key files in the data folder, data keys, a real administrator.
    const key = newMasterKey();
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(path.join(config.dataDir, 'master.key'), key.toString('base64'), { mode: 0o600 });
    writeFileSync(path.join(config.dataDir, 'master.key.previous'), newMasterKey().toString('base64'));
    await migrate(database);
    await ensureInstallationRows(database);
    const sealed = (await openKeyRing(database, key)).seal('Lào Cai', 'person:province');
    await createFirstAdmin(database, {
      username: 'real.admin',
      name: 'Quản trị',
      agencyName: 'Bộ',
      province: '01',
    });

    await expect(prepareInstallation(runtime, { demo: 'if-embedded' })).rejects.toThrow(/lantern keys move/);

    const outcome = await moveMasterKey(config, database);
    expect(outcome.moved.map((file) => path.basename(file)).sort()).toEqual([
      'master.key',
      'master.key.previous',
    ]);
    const keyFile = configKeyFile(root);
    expect(outcome.to).toBe(keyFile);
    expect(Buffer.from(readFileSync(keyFile, 'utf8'), 'base64').equals(key)).toBe(true);
    expect(mode(keyFile)).toBe(0o600);
    expect(mode(`${keyFile}.previous`)).toBe(0o600);
    expect(filesUnder(config.dataDir).filter((file) => path.basename(file).startsWith('master.key'))).toEqual(
      [],
    );

    const prepared = await prepareInstallation(runtime, { demo: 'if-embedded' });
    expect(prepared.demo).toBe(false);
    expect(prepared.keys.open(sealed, 'person:province')).toBe('Lào Cai');
  });

  it('keys move refuses a key that does not open the data keys, and leaves everything where it was', async () => {
    const { runtime, root } = await embedded();
    const { database, config } = runtime;
    await openKeyRing(database, newMasterKey());
    mkdirSync(config.dataDir, { recursive: true });
    writeFileSync(path.join(config.dataDir, 'master.key'), newMasterKey().toString('base64'));
    await expect(moveMasterKey(config, database)).rejects.toThrow(/does not open/);
    expect(existsSync(path.join(config.dataDir, 'master.key'))).toBe(true);
    expect(existsSync(configKeyFile(root))).toBe(false);
  });

  it('LANTERN_MASTER_KEY_FILE inside the data folder is refused for a real installation', async () => {
    const { runtime } = await embedded({ LANTERN_MASTER_KEY_FILE: 'data/keys/master.key' });
    await expect(prepareInstallation(runtime, { demo: 'off' })).rejects.toThrow(/inside the data folder/);
    expect(existsSync(path.join(runtime.config.dataDir, 'keys', 'master.key'))).toBe(false);
  });

  it('a demo keeps its key in the data folder (its data is synthetic) and writes nothing to the configuration folder', async () => {
    const { runtime, root } = await embedded();
    const prepared = await prepareInstallation(runtime, { demo: 'explicit', demoCases: 0 });
    expect(prepared.demo).toBe(true);
    expect(mode(path.join(runtime.config.dataDir, 'master.key'))).toBe(0o600);
    expect(existsSync(path.join(root, 'config'))).toBe(false);
  });

  it("a new demo never borrows a real installation's key from the same user's configuration folder", async () => {
    const { runtime, root } = await embedded();
    const realKey = newMasterKey();
    mkdirSync(path.dirname(configKeyFile(root)), { recursive: true });
    writeFileSync(configKeyFile(root), realKey.toString('base64'), { mode: 0o600 });
    await prepareInstallation(runtime, { demo: 'explicit', demoCases: 0 });
    const demoKeyFile = path.join(runtime.config.dataDir, 'master.key');
    expect(existsSync(demoKeyFile)).toBe(true);
    expect(readFileSync(demoKeyFile, 'utf8').trim()).not.toBe(realKey.toString('base64'));
    expect(readFileSync(configKeyFile(root), 'utf8')).toBe(realKey.toString('base64'));
  });
});

describe.runIf(testEngine === 'postgres')('PostgreSQL master key from a file', () => {
  let testDb: TestDatabase;
  let installation: InstallationRuntime;
  afterEach(async () => {
    await testDb.close();
    installation.cleanup();
  });

  it('LANTERN_MASTER_KEY_FILE serves PostgreSQL; a missing file is an error, never a new key', async () => {
    testDb = await createTestDatabase();
    installation = installationRuntime(testDb.database, { LANTERN_MASTER_KEY_FILE: 'secrets/missing.key' });
    await expect(prepareInstallation(installation.runtime, { demo: 'off' })).rejects.toThrow(
      /does not exist/,
    );
    expect(existsSync(path.join(installation.root, 'secrets', 'missing.key'))).toBe(false);

    mkdirSync(path.join(installation.root, 'secrets'));
    writeFileSync(path.join(installation.root, 'secrets', 'missing.key'), newMasterKey().toString('base64'));
    const prepared = await prepareInstallation(installation.runtime, { demo: 'off' });
    expect(prepared.keys.open(prepared.keys.seal('Hà Giang', 'ctx'), 'ctx')).toBe('Hà Giang');
    expect(existsSync(path.join(installation.root, 'config'))).toBe(false);
  });
});
