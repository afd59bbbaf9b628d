import { bodyLimit } from 'hono/body-limit';
import type { Migration } from './db/migrations';
import type { Database } from './db/types';
import { handleError } from './lib/error-responses';
import { AppError } from './lib/errors';
import type { Logger } from './lib/logger';
import { requestLog, requestScope, securityHeaders } from './lib/middleware';
import { createRouter, type Runtime } from './lib/router';
import { authRoutes } from './modules/auth/routes';
import { healthRoutes } from './modules/health/routes';
import { apiDocs } from './web/api-docs';
import { staticSite } from './web/static-site';

export interface AppOptions {
  database: Database;
  logger: Logger;
  migrations: Migration[];
  /** Folder of the built web app; without it the server answers the API only. */
  webDir?: string | undefined;
  version?: string;
}

export function createApp(options: AppOptions) {
  const runtime: Runtime = {
    engine: options.database.engine,
    migrations: options.migrations,
    logger: options.logger,
  };
  const app = createRouter();

  app.use('*', requestScope(options.database.db, runtime));
  app.use('*', requestLog(runtime));
  app.use('*', securityHeaders());
  app.use(
    '/api/*',
    bodyLimit({
      maxSize: 1024 * 1024,
      onError: () => {
        throw new AppError(413, 'payload_too_large');
      },
    }),
  );

  app.route('/', healthRoutes);
  app.route('/', authRoutes);

  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Lantern API',
      version: options.version ?? '0.1.0',
      description:
        'Screening, case management, referral and support for victims of human trafficking. Errors always have the shape {error: {code, message, details?}}, with the message in the language of Accept-Language (vi, en, ar).',
    },
  });
  app.route('/', apiDocs());

  const site = options.webDir ? staticSite(options.webDir) : undefined;
  if (site) app.use('*', site);

  app.notFound((c) => handleError(new AppError(404, 'not_found'), c));
  app.onError(handleError);
  return app;
}

export type LanternApp = ReturnType<typeof createApp>;
