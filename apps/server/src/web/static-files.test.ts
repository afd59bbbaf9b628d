import { describe, expect, it } from 'vitest';
import { chooseEncoding, isPublicPath, type StaticFile } from './static-files';

const variant = { file: 'x', size: 1, etag: 'W/"1"' };
const all: StaticFile['variants'] = { identity: variant, br: variant, gzip: variant };
const gzipOnly: StaticFile['variants'] = { identity: variant, gzip: variant };

describe('choosing the encoding a response is sent in', () => {
  it.each([
    ['gzip, deflate, br, zstd', all, 'br'],
    ['gzip, deflate', all, 'gzip'],
    ['br;q=0, gzip', all, 'gzip'],
    ['BR;Q=0.5', all, 'br'],
    ['*', all, 'br'],
    ['*;q=0', all, 'identity'],
    ['identity', all, 'identity'],
    ['', all, 'identity'],
    [undefined, all, 'identity'],
    ['gzip, br', gzipOnly, 'gzip'],
    ['br', gzipOnly, 'identity'],
  ] as const)('Accept-Encoding %j → %s', (header, available, expected) => {
    expect(chooseEncoding(header, available)).toBe(expected);
  });
});

describe('which paths may be served', () => {
  it('refuses source maps and dotfiles, allows the app and its assets', () => {
    expect(isPublicPath('/assets/index-abc.js.map')).toBe(false);
    expect(isPublicPath('/.inputs-hash')).toBe(false);
    expect(isPublicPath('/.vite/manifest.json')).toBe(false);
    expect(isPublicPath('/assets/index-abc.js')).toBe(true);
    expect(isPublicPath('/cases/01HX')).toBe(true);
  });
});
