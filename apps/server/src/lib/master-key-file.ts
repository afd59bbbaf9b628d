import { randomBytes } from 'node:crypto';
import {
  closeSync,
  existsSync,
  fsyncSync,
  mkdirSync,
  openSync,
  readFileSync,
  realpathSync,
  renameSync,
  writeSync,
} from 'node:fs';
import path from 'node:path';
import { KeyError } from './secret-box';

/** The key file name the embedded engine used inside the data folder (and a demo still uses). */
export const DATA_FOLDER_KEY = 'master.key';
/** Key files that must not stay in the data folder of a real installation: the current and the previous key. */
export const DATA_FOLDER_KEY_FILES = [DATA_FOLDER_KEY, `${DATA_FOLDER_KEY}.previous`] as const;

/** 32 bytes from base64 text, or a KeyError naming where the text came from. */
export function parseMasterKey(text: string, where: string): Buffer {
  const key = Buffer.from(text.trim(), 'base64');
  if (key.length !== 32)
    throw new KeyError(`${where} must hold 32 bytes encoded as base64 (openssl rand -base64 32)`);
  return key;
}

export function readKeyFile(file: string): Buffer {
  return parseMasterKey(readFileSync(file, 'utf8'), `The key file ${file}`);
}

export const newMasterKey = (): Buffer => randomBytes(32);

/** Resolves symbolic links of the longest part of `file` that exists, so two spellings of a folder compare equal. */
function realPath(file: string): string {
  const absolute = path.resolve(file);
  if (existsSync(absolute)) return realpathSync(absolute);
  const parent = path.dirname(absolute);
  return parent === absolute ? absolute : path.join(realPath(parent), path.basename(absolute));
}

/** Whether `file` lies inside `folder` (or is it): a copy of that folder would carry the file. */
export function isInsideFolder(file: string, folder: string): boolean {
  const relative = path.relative(realPath(folder), realPath(file));
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

function fsyncFolder(folder: string): void {
  try {
    const fd = openSync(folder, 'r');
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch {
    // Some platforms cannot open a folder for fsync; the file itself is already on disk.
  }
}

/**
 * Writes a key file readable by its owner only (0600, folder 0700), durably: a temporary file is written and
 * fsynced, renamed into place (never half a key under the real name) and the folder fsynced. Refuses to
 * replace an existing file unless `replace`.
 */
export function writeKeyFile(file: string, key: Buffer, options: { replace?: boolean } = {}): void {
  const folder = path.dirname(file);
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  if (!options.replace && existsSync(file)) throw new KeyError(`The key file ${file} already exists`);
  const temporary = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  const fd = openSync(temporary, 'wx', 0o600);
  try {
    writeSync(fd, key.toString('base64'));
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  renameSync(temporary, file);
  fsyncFolder(folder);
}
