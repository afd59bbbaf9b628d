import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { lockDataDir } from './data-dir-lock';

let dir: string;
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('lockDataDir', () => {
  it('lets one holder in at a time and frees the folder on release', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lantern-lock-'));
    const release = lockDataDir(dir);
    writeFileSync(path.join(dir, 'lantern.lock'), String(process.ppid)); // as if the parent process held it
    expect(() => lockDataDir(dir)).toThrow(/in use by another Lantern process/);
    release();
    expect(existsSync(path.join(dir, 'lantern.lock'))).toBe(false);
    lockDataDir(dir)();
  });

  it('takes over a lock left behind by a process that no longer runs', () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'lantern-lock-'));
    writeFileSync(path.join(dir, 'lantern.lock'), '2147483646');
    const release = lockDataDir(dir);
    release();
  });
});
