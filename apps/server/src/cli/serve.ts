import { serve } from '@hono/node-server';
import { createApp } from '../app';
import { ensureSeedRows } from '../db/bootstrap';
import { openKeyRing } from '../db/data-keys';
import { readDemoFlag, seedDemo } from '../db/demo-seed';
import { loadMigrations } from '../db/migrations';
import { MigrationError, migrate, migrationStatus } from '../db/migrator';
import { runInRequestTransaction } from '../db/request-transaction';
import { verifyRequestRole } from '../db/roles';
import { defaultWebDir, serverVersion } from '../lib/package-root';
import { loadMasterKey } from '../lib/secret-box';
import { openRuntime } from './open';

export class ListenError extends Error {
  override name = 'ListenError';
}

export async function serveCommand(options: {
  port?: number;
  demo?: boolean;
  /** Synthetic cases in a new demo (default DEMO_CASES). */
  demoCases?: number;
}): Promise<void> {
  const { config, logger, database } = await openRuntime();
  const migrations = loadMigrations();

  if (database.canMigrate) {
    const applied = await migrate(database, migrations);
    if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  }
  const state = await migrationStatus(
    (work) =>
      runInRequestTransaction(database.db, { requestId: 'startup', actorId: null, agencyId: null }, work),
    migrations,
  );
  if (state.status !== 'current') {
    await database.close();
    throw new MigrationError(
      state.status === 'pending'
        ? `The database has ${state.pending.length} pending migration(s). Run \`lantern migrate\` with DATABASE_OWNER_URL set, or set DATABASE_OWNER_URL for \`lantern serve\`.`
        : `The database's migration history differs from this build (${state.diverged.join(', ')}).`,
    );
  }
  await verifyRequestRole(database);
  await ensureSeedRows(database);
  const masterKey = loadMasterKey({
    envKey: config.masterKey,
    dataDir: config.dataDir,
    embedded: database.engine === 'pglite',
  });
  const keys = await openKeyRing(database, masterKey);
  if (options.demo) {
    const outcome = await seedDemo(database, keys, { cases: options.demoCases });
    if (outcome === 'refused') {
      logger.warn('demo mode refused: this database holds real accounts; serving without demo accounts');
    } else {
      logger.info({ outcome }, 'demo mode: synthetic agencies, accounts and cases, no real data');
    }
  }
  const demo = await readDemoFlag(database);

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
  });
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

  const shutdown = (signal: string) => {
    logger.info({ signal }, 'shutting down');
    server.close(() => {
      database.close().finally(() => process.exit(0));
    });
    setTimeout(() => process.exit(1), 10_000).unref();
  };
  process.once('SIGINT', () => shutdown('SIGINT'));
  process.once('SIGTERM', () => shutdown('SIGTERM'));
}
