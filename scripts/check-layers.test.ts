import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { checkLayers, importSpecifiers, startUpImports } from './check-layers.mjs';

let root: string;

function tree(files: Record<string, string>) {
  root = mkdtempSync(path.join(tmpdir(), 'layers-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(root, name)), { recursive: true });
    writeFileSync(path.join(root, name), text);
  }
  return root;
}

afterEach(() => rmSync(root, { recursive: true, force: true }));

const server = 'apps/server/src';
const goodTree = {
  [`${server}/lib/ids.ts`]: `import { z } from 'zod';\nexport const newId = () => 'id';`,
  [`${server}/db/types.ts`]: `import { newId } from '../lib/ids';\nexport type Tx = { id: typeof newId };`,
  [`${server}/access/policy.ts`]: `import type { Tx } from '../db/types';\nexport const authorize = (tx: Tx) => tx;`,
  [`${server}/modules/cases/index.ts`]: `export { authorize } from '../../access/policy';`,
  [`${server}/modules/cases/open-case.ts`]: `import { authorize } from '.';\nimport { caseSchema } from '@lantern/domain';`,
  [`${server}/app.ts`]: `import './modules/cases/open-case';\nconst lazy = () => import('./modules/cases/open-case');`,
  // Tests build whole apps, so they may reach up.
  [`${server}/db/types.int.test.ts`]: `import '../app';`,
  [`${server}/test-support/test-app.ts`]: `import '../app';`,
  'apps/web/src/App.tsx': `import { Page } from './Page';\nexport const App = Page;`,
  'apps/web/src/Page.tsx': `// import { App } from './App';\nexport const Page = 1;`,
  'bench/run.ts': `import { render } from './support/report';`,
  'bench/support/report.ts': `import type { Row } from './rows';\nexport const render = (r: Row) => r;`,
  'bench/support/rows.ts': 'export type Row = number;',
};

describe('check-layers', () => {
  it('passes a tree whose imports point down and never loop', () => {
    expect(checkLayers(tree(goodTree))).toEqual([]);
  });

  it('names a lower layer importing a higher one', () => {
    const problems = checkLayers(
      tree({
        ...goodTree,
        [`${server}/db/bootstrap.ts`]: `import { authorize } from '../modules/cases';`,
        [`${server}/access/session.ts`]: `export { x } from "../modules/cases/open-case.js";`,
      }),
    );
    expect(problems).toEqual([
      `${server}/access/session.ts → ${server}/modules/cases/open-case.ts (layer policy may not import layer modules)`,
      `${server}/db/bootstrap.ts → ${server}/modules/cases/index.ts (layer foundation may not import layer modules)`,
    ]);
  });

  it('names an import cycle anywhere in apps and bench, type-only imports included', () => {
    const problems = checkLayers(
      tree({
        ...goodTree,
        'bench/support/report.ts': `import type { Scale } from '../run';\nexport type R = Scale;`,
      }),
    );
    expect(problems).toEqual([
      'bench/run.ts → bench/support/report.ts (import cycle: bench/run.ts → bench/support/report.ts → bench/run.ts)',
    ]);
  });

  it('refuses a server folder that has no layer yet', () => {
    const problems = checkLayers(tree({ ...goodTree, [`${server}/jobs/nightly.ts`]: 'export const n = 1;' }));
    expect(problems).toEqual([`${server}/jobs/nightly.ts (no layer: place it in scripts/check-layers.mjs)`]);
  });

  it('reads every form of import and skips commented ones', () => {
    const text = [
      "import a from './a';",
      "import type { B } from './b';",
      "import {\n  c,\n  d,\n} from './cd';",
      "export * from './e';",
      "import './f.css';",
      "const g = await import('./g');",
      "// import { h } from './h';",
      "/* import { i } from './i'; */",
      "const url = 'https://example.org'; import j from './j';",
    ].join('\n');
    expect(importSpecifiers(text)).toEqual(['./a', './b', './cd', './e', './f.css', './g', './j']);
  });

  it('names a heavy library the server would load at start-up, and lets it load where it is used', () => {
    const problems = checkLayers(
      tree({
        ...goodTree,
        [`${server}/modules/reports/workbook.ts`]: `import ExcelJS from 'exceljs';\nexport const w = ExcelJS;`,
        [`${server}/lib/fonts.ts`]: `const fontkit = require('fontkit');\nexport const f = fontkit;`,
        [`${server}/db/driver.ts`]: [
          "import type pg from 'pg';",
          "export const open = async () => (await import('pg')).default as typeof pg;",
          "export const late = () => require('pdfmake');",
        ].join('\n'),
        [`${server}/modules/reports/workbook.test.ts`]: `import ExcelJS from 'exceljs';`,
      }),
    );
    expect(problems).toEqual([
      `${server}/lib/fonts.ts → fontkit (loaded at start-up: import it where it is used, with await import('fontkit'))`,
      `${server}/modules/reports/workbook.ts → exceljs (loaded at start-up: import it where it is used, with await import('exceljs'))`,
    ]);
  });

  it('tells a value import and a top-level require from a type import, a dynamic import and a late require', () => {
    const text = [
      "import a from 'a';",
      "import type { B } from 'b';",
      "import { type C, c } from 'c';",
      "const d = await import('d');",
      "const e = require('e') as E;",
      "function f() {\n  return require('f');\n}",
      "// import g from 'g';",
    ].join('\n');
    expect(startUpImports(text)).toEqual(['a', 'c', 'e']);
  });
});
