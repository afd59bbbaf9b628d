import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

// Issue #12 item 9: where the embedded engine looks for its master key when nobody says.
describe('master key file configuration', () => {
  it('defaults to the user configuration folder, outside the data folder', () => {
    const config = loadConfig({ HOME: '/home/lan' }, '/srv/lantern');
    expect(config.masterKeyFile).toEqual({ path: '/home/lan/.config/lantern/master.key', configured: false });
    expect(config.dataDir).toBe('/srv/lantern/data');
  });

  it('follows XDG_CONFIG_HOME, and LANTERN_MASTER_KEY_FILE above it (relative to the working folder)', () => {
    expect(loadConfig({ HOME: '/home/lan', XDG_CONFIG_HOME: '/etc/xdg' }, '/srv').masterKeyFile.path).toBe(
      path.join('/etc/xdg', 'lantern', 'master.key'),
    );
    expect(
      loadConfig({ XDG_CONFIG_HOME: '/etc/xdg', LANTERN_MASTER_KEY_FILE: 'keys/lantern.key' }, '/srv')
        .masterKeyFile,
    ).toEqual({ path: '/srv/keys/lantern.key', configured: true });
  });
});
