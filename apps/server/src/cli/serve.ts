import { serve } from '@hono/node-server';
import { createApp } from '../app';
import { SEAL_KEY_LABEL } from '../audit/chain';
import { startSealer } from '../audit/seal-loop';
import { defaultWebDir, serverVersion } from '../lib/package-root';
import { startReferralEscalation } from '../modules/referrals/escalation-loop';
import { startTaskReminders } from '../modules/worklist/reminder-loop';
import { openRuntime } from './open';
import { type DemoRequest, type PreparedInstallation, prepareInstallation } from './prepare-installation';

export class ListenError extends Error {
  override name = 'ListenError';
}

export interface ServeOptions {
  port?: number;
  demo: DemoRequest;
  /** Synthetic cases in a new demo (default DEMO_CASES). */
  demoCases?: number;
}

export async function serveCommand(options: ServeOptions): Promise<void> {
  // Until the server listens, a timer keeps the event loop from running dry while the embedded engine's
  // WebAssembly compiles: a dry loop makes Node wait for all of V8's background compilation to finish
  // (NodePlatform::DrainTasks), a third of a second at start-up on two cores.
  const startingUp = setInterval(() => {}, 60_000);
  try {
    return await serveStarted(options);
  } finally {
    clearInterval(startingUp);
  }
}

async function serveStarted(options: ServeOptions): Promise<void> {
  const runtime = await openRuntime();
  const { config, logger, database } = runtime;
  let prepared: PreparedInstallation;
  try {
    prepared = await prepareInstallation(runtime, options);
  } catch (error) {
    await database.close();
    throw error;
  }
  const { keys, demo, migrations } = prepared;

  const webDir = config.webDir ?? defaultWebDir();
  const app = createApp({
    database,
    logger,
    migrations,
    webDir,
    version: serverVersion(),
    keys,
    demo,
    sessions: config.sessions,
    complaintResponseDays: config.complaintResponseDays,
  });
  if (
    config.sessions.trustProxy.kind === 'hops' &&
    !['127.0.0.1', '::1', 'localhost'].includes(config.host)
  ) {
    // Counting hops is only sound when nothing but the proxy can reach the port.
    logger.warn(
      { host: config.host },
      'LANTERN_TRUST_PROXY counts proxy hops while the server listens beyond this machine: a client that reaches the port directly can choose its address. List the proxy addresses in LANTERN_TRUST_PROXY instead.',
    );
  }
  const port = options.port ?? config.port;
  const server = serve({ fetch: app.fetch, port, hostname: config.host });
  await new Promise<void>((resolve, reject) => {
    server.once('listening', resolve);
    server.once('error', (error: NodeJS.ErrnoException) => {
      void database.close();
      reject(
        error.code === 'EADDRINUSE'
          ? new ListenError(
              `Port ${port} on ${config.host} is already in use. Stop the other program or set PORT.`,
            )
          : error.code === 'EACCES'
            ? new ListenError(`Not allowed to listen on port ${port}. Choose a port above 1023 with PORT.`)
            : error,
      );
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  const shownHost = config.host === '0.0.0.0' ? 'localhost' : config.host;
  logger.info(
    { url: `http://${shownHost}:${actualPort}`, startupMs: Math.round(process.uptime() * 1000) },
    'Lantern is ready',
  );

  // Chains committed audit events into sealed blocks within about a second of commit (audit/sealer.ts).
  const sealer = startSealer({ database, key: keys.derive(SEAL_KEY_LABEL), logger });
  // Tells supervisors and coordinators of overdue referrals and expires unanswered ones (modules/referrals).
  const escalation = startReferralEscalation({ database, logger });
  const reminders = startTaskReminders({ database, logger });

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      Promise.all([sealer.stop(), escalation.stop(), reminders.stop()])
        .then(() => database.close())
        .finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
