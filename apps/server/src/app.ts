import { ATTACHMENT_MAX_BYTES, DEFAULT_COMPLAINT_RESPONSE_DAYS } from '@lantern/domain';
import { declarePublic } from './access/route-access';
import { sessionScope } from './access/session-middleware';
import { isAuditedRefusal, recordRefusal } from './audit/record-refusal';
import type { Migration } from './db/migrations';
import type { Database } from './db/types';
import { limitBody } from './lib/body-limit';
import { NO_PROXY } from './lib/client-address';
import { handleError } from './lib/error-responses';
import { AppError } from './lib/errors';
import type { KeyRing } from './lib/key-ring';
import { describeErrorForLog, type Logger } from './lib/logger';
import { requestLog, requestScope, securityHeaders } from './lib/middleware';
import { createRouter, type Runtime, type SessionSettings } from './lib/router';
import { wellFormedInput } from './lib/well-formed-input';
import { accessRoutes } from './modules/access/routes';
import { accountRoutes } from './modules/account/routes';
import { resetRoutes } from './modules/admin/reset-routes';
import { adminRoutes } from './modules/admin/routes';
import { auditRoutes } from './modules/audit/routes';
import { authRoutes } from './modules/auth/routes';
import { caseSharingRoutes } from './modules/case-sharing/routes';
import { caseWorkRoutes } from './modules/case-work/routes';
import { caseRoutes } from './modules/cases/routes';
// survivor voice (#20)
import { complaintRoutes } from './modules/complaints/routes';
// one-stop office intake (#18)
import { contactRoutes } from './modules/contacts/routes';
import { coordinationRoutes } from './modules/coordination/routes';
import { dataQualityRoutes } from './modules/data-quality/routes';
import { directoryRoutes } from './modules/directory/routes';
import { duplicateRoutes } from './modules/duplicates/routes';
import { exportRoutes } from './modules/exports/routes';
import { feedbackRoutes } from './modules/feedback/routes';
import { groupRoutes } from './modules/groups/routes';
import { healthRoutes } from './modules/health/routes';
import { holidayRoutes } from './modules/holidays/routes';
import { indicatorRoutes } from './modules/indicators/routes';
import { indicatorTables } from './modules/indicators/table-cache';
import { localValueRoutes } from './modules/local-values/routes';
import { referenceRoutes } from './modules/reference/routes';
import { handoffRoutes } from './modules/referrals/handoff-routes';
import { pathwayRoutes } from './modules/referrals/pathway-routes';
import { referralRoutes } from './modules/referrals/routes';
import { referralRoutingRoutes } from './modules/referrals/routing-routes';
import { reintegrationRoutes } from './modules/reintegration/routes';
import { reportRoutes } from './modules/reports/routes';
import './modules/cases/owner';
import { screeningRoutes } from './modules/screening/routes';
import { statusCheckRoutes } from './modules/status-check/routes';
import { storyRoutes } from './modules/stories/routes';
import { supportRoutes } from './modules/support/routes';
import { trainingRoutes } from './modules/training/routes';
import { worklistRoutes } from './modules/worklist/routes';
import { apiDocs } from './web/api-docs';
import { staticSite } from './web/static-site';

export interface AppOptions {
  database: Database;
  logger: Logger;
  migrations: Migration[];
  /** Data keys (envelope encryption): seal secrets and identifying data, make blind indexes, derive the CSRF key. */
  keys: KeyRing;
  /** Folder of the built web app; without it the server answers the API only. */
  webDir?: string | undefined;
  version?: string;
  demo?: boolean;
  sessions?: Partial<SessionSettings>;
  /** Working days to answer a complaint (#20). */
  complaintResponseDays?: number;
}

export function createApp(options: AppOptions) {
  const runtime: Runtime = {
    engine: options.database.engine,
    migrations: options.migrations,
    logger: options.logger,
    secrets: options.keys,
    csrfKey: options.keys.derive('csrf'),
    demo: options.demo ?? false,
    version: options.version ?? '0.1.0',
    complaintResponseDays: options.complaintResponseDays ?? DEFAULT_COMPLAINT_RESPONSE_DAYS,
    sessions: {
      idleMinutes: 30,
      maxHours: 12,
      secureCookies: false,
      trustProxy: NO_PROXY,
      publicOrigin: null,
      ...options.sessions,
    },
  };
  const app = createRouter();
  // A slow indicator table that fails to compute again keeps its last figures for readers; the log says why.
  indicatorTables.reportFailuresTo((error) =>
    options.logger.error(
      { err: describeErrorForLog(error) },
      'background computation of an indicator table failed; readers get its last figures until one succeeds',
    ),
  );

  app.use('*', requestScope(options.database.db, runtime));
  app.use('*', requestLog(runtime));
  app.use('*', securityHeaders());
  // API bodies are limited to 1 MiB; an attachment upload (multipart) may carry one file of up to
  // ATTACHMENT_MAX_BYTES plus its multipart framing. The use case checks the file's own size exactly.
  const apiBodyLimit = limitBody({
    maxSize: 1024 * 1024,
    refusal: () => new AppError(413, 'payload_too_large'),
  });
  const uploadBodyLimit = limitBody({
    maxSize: ATTACHMENT_MAX_BYTES + 64 * 1024,
    refusal: () =>
      new AppError(413, 'attachment.too_large', { maxMegabytes: ATTACHMENT_MAX_BYTES / (1024 * 1024) }),
  });
  const attachmentUpload = /^\/api\/cases\/[^/]+\/attachments\/?$/;
  app.use('/api/*', (c, next) =>
    c.req.method === 'POST' && attachmentUpload.test(c.req.path)
      ? uploadBodyLimit(c, next)
      : apiBodyLimit(c, next),
  );

  // Before any route or session lookup: NUL, lone surrogates, deep JSON and prototype keys answer 400 here.
  app.use('/api/*', wellFormedInput());
  app.use('*', sessionScope(options.database.db));

  app.route('/', healthRoutes);
  app.route('/', authRoutes);
  app.route('/', accountRoutes);
  app.route('/', adminRoutes);
  app.route('/', resetRoutes);
  app.route('/', auditRoutes);
  app.route('/', accessRoutes);
  app.route('/', referenceRoutes);
  app.route('/', localValueRoutes);
  app.route('/', screeningRoutes);
  app.route('/', caseRoutes);
  app.route('/', coordinationRoutes);
  app.route('/', caseWorkRoutes);
  app.route('/', caseSharingRoutes);
  app.route('/', duplicateRoutes);
  app.route('/', directoryRoutes);
  app.route('/', referralRoutes);
  app.route('/', indicatorRoutes);
  app.route('/', dataQualityRoutes);
  app.route('/', pathwayRoutes);
  app.route('/', referralRoutingRoutes);
  app.route('/', handoffRoutes);
  app.route('/', worklistRoutes);
  app.route('/', supportRoutes);
  app.route('/', reintegrationRoutes);
  app.route('/', groupRoutes);
  // one-stop office intake (#18)
  app.route('/', contactRoutes);
  // indicator targets and review reports (#19)
  app.route('/', reportRoutes);
  app.route('/', trainingRoutes);
  app.route('/', exportRoutes);
  // survivor voice (#20)
  app.route('/', complaintRoutes);
  app.route('/', storyRoutes);
  // survivor voice (#20)
  app.route('/', statusCheckRoutes);
  app.route('/', feedbackRoutes);
  app.route('/', holidayRoutes);

  declarePublic('GET', '/api/openapi.json');
  app.doc31('/api/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Lantern API',
      version: options.version ?? '0.1.0',
      description:
        'Screening, case management, referral and support for victims of human trafficking. Errors always have the shape {error: {code, message, details?}}, with the message in the language of Accept-Language (vi, en, ar). Text with a NUL character or a lone UTF-16 surrogate (in the path, query or body), JSON nested deeper than 32 levels and the keys __proto__, constructor and prototype are refused with 400 (code validation, field codes invalid_characters, too_deep, unrecognized). A database too busy to take a request in time answers 503 (code busy) with Retry-After: nothing was saved, and the same request may be sent again.',
    },
  });
  app.route('/', apiDocs());

  const site = options.webDir ? staticSite(options.webDir) : undefined;
  if (site) app.use('*', site);

  app.notFound((c) => handleError(new AppError(404, 'not_found'), c));
  app.onError((error, c) =>
    handleError(error, c, async (context, refusal) => {
      const ctx = context.get('ctx');
      if (ctx?.actor && isAuditedRefusal(refusal))
        await recordRefusal(ctx, refusal, { method: context.req.method, path: context.req.path });
    }),
  );
  return app;
}

export type LanternApp = ReturnType<typeof createApp>;
