import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The server package folder, found from this file whether it runs from src/ (tests) or dist/ (bundle). */
export function serverPackageRoot(): string {
  let dir = path.dirname(fileURLToPath(import.meta.url));
  for (;;) {
    const manifest = path.join(dir, 'package.json');
    if (existsSync(manifest) && JSON.parse(readFileSync(manifest, 'utf8')).name === '@lantern/server')
      return dir;
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error('Cannot find the @lantern/server package folder');
    dir = parent;
  }
}

export function serverVersion(): string {
  return JSON.parse(readFileSync(path.join(serverPackageRoot(), 'package.json'), 'utf8')).version;
}

export function defaultWebDir(): string {
  return path.resolve(serverPackageRoot(), '..', 'web', 'dist');
}
