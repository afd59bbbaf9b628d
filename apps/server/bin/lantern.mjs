#!/usr/bin/env node
// The `lantern` command. It runs the built server (`npm run build`); see README.md.
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const entry = new URL('../dist/main.js', import.meta.url);
if (!existsSync(fileURLToPath(entry))) {
  process.stderr.write('lantern: the server is not built yet. Run `npm run build` (or `npm start`) first.\n');
  process.exit(1);
}
await import(entry.href);
