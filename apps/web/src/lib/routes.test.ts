import { readFileSync } from 'node:fs';
import path from 'node:path';
import { isWebRoute, webRoutePatterns } from '@lantern/domain';
import { describe, expect, it } from 'vitest';

// The server answers only the paths in webRoutePatterns with the app (anything else is a real 404), so a page
// added to the router but not to the list would open from a link and fail on reload.
const routerSource = readFileSync(path.join(import.meta.dirname, '../routes/router.tsx'), 'utf8');
const routerPaths = [...routerSource.matchAll(/path: '([^']+)'/g)].map((match) => match[1]);

describe('pages the server knows', () => {
  it('lists exactly the pages of the router', () => {
    expect([...routerPaths].sort()).toEqual([...webRoutePatterns].sort());
  });

  it('answers a user page with any id, and not the paths around it', () => {
    expect(isWebRoute('/admin/users/01a221d9-b8d0-7f63-99cb-9d2febeabc8f')).toBe(true);
    expect(isWebRoute('/admin/users/1/edit')).toBe(false);
    expect(isWebRoute('/admin')).toBe(false);
  });
});
