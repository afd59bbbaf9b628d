import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { Hono } from 'hono';
import { declarePublic } from '../access/route-access';
import type { LanternEnv } from '../lib/router';

// No inline script: the page loads Swagger UI and a small initialiser from our own origin, so the
// strict Content-Security-Policy of the rest of the app holds for the documentation too.
const PAGE = `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Lantern API</title>
<link rel="stylesheet" href="/api/docs/assets/swagger-ui.css">
</head>
<body>
<div id="swagger-ui"></div>
<script src="/api/docs/assets/swagger-ui-bundle.js"></script>
<script src="/api/docs/init.js"></script>
</body>
</html>`;

const INIT = `window.addEventListener('load', function () {
  window.ui = SwaggerUIBundle({ url: '/api/openapi.json', dom_id: '#swagger-ui', deepLinking: true });
});`;

const ASSETS: Record<string, string> = {
  'swagger-ui.css': 'text/css; charset=utf-8',
  'swagger-ui-bundle.js': 'text/javascript; charset=utf-8',
};

export function apiDocs() {
  declarePublic('GET', '/api/docs');
  declarePublic('GET', '/api/docs/init.js');
  declarePublic('GET', '/api/docs/assets/:file');
  // Resolved, not imported: importing swagger-ui-dist would load its whole browser bundle at start-up.
  const assetDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
  return new Hono<LanternEnv>()
    .get('/api/docs', (c) => c.html(PAGE))
    .get('/api/docs/init.js', (c) => c.body(INIT, 200, { 'Content-Type': 'text/javascript; charset=utf-8' }))
    .get('/api/docs/assets/:file', async (c) => {
      const file = c.req.param('file');
      const type = ASSETS[file];
      if (!type) return c.notFound();
      c.header('Content-Type', type);
      c.header('Cache-Control', 'public, max-age=86400');
      return c.body(await readFile(path.join(assetDir, file)));
    });
}
