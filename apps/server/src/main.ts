import { parseArgs } from 'node:util';
import { auditDigestCommand, auditSealCommand, auditVerifyCommand } from './cli/audit-verify';
import { createAdminCommand } from './cli/create-admin';
import { dbStatusCommand } from './cli/db-status';
import { duplicatesScanCommand } from './cli/duplicates-scan';
import { keysMoveCommand } from './cli/keys-move';
import { keysRotateCommand } from './cli/keys-rotate';
import { migrateCommand } from './cli/migrate';
import { personsMatchCommand } from './cli/persons-match';
import { personsReindexCommand } from './cli/persons-reindex';
import { screenScoreCommand } from './cli/screen-score';
import { seedCommand } from './cli/seed';
import { serveCommand } from './cli/serve';
import { parseServeArgs } from './cli/serve-args';

const HELP = `Usage: lantern <command> [options]

Commands:
  serve [--port N] [--demo [--demo-cases N]]
                     Apply pending migrations (when allowed) and serve the web app and API;
                     --demo seeds synthetic agencies, accounts and N cases (1500) into an empty database
                     (\`npm start\` passes --demo-if-embedded: the demo on the embedded engine only)
  seed --demo [--cases N]
                     The demo: agencies in the 34 provinces, the documented accounts, N synthetic cases
  seed --synthetic N [--seed S] [--as-of YYYY-MM-DD] [--batch 1000]
                     A synthetic national dataset of N persons with cases (screenings, consents, timeline,
                     notes, tasks), the same for the same seed and date; Ctrl-C stops after the batch
                     in flight and the same command continues
  migrate            Apply pending database migrations as the schema owner
  db:status          Show the database engine, migration state and request-role safety
  users:create-admin --username U --name N --agency-name A [--province 01] [--base-url URL]
                     Create the first system administrator; prints a one-time password link.
                     Refused on a demo database: real accounts start from an empty one
  audit verify [--digest FILE]... [--max-lag 2]
                     Recompute the audit chain and check every sealed block under the installation's key;
                     list every break (exit code 1): edited, deleted, inserted or reordered events, blocks
                     re-sealed without the key, events waiting for the sealer longer than --max-lag
                     seconds, and kept digests (FILE: lines from \`audit digest\`) the log no longer covers
  audit seal         Chain every event waiting for the sealer now (servers seal on their own every 0.5 s)
  audit digest [--append-to FILE]
                     Print the ledger's current head (block, events, hash, seal) as one line to keep
                     outside the database, or append it to FILE
  keys rotate [--new-key-file FILE]
                     Re-wrap the data keys under a new master key (LANTERN_NEW_MASTER_KEY or the
                     file; a key kept in a key file is replaced there); stored data is unchanged
  keys move [--to FILE]
                     Move the embedded master key out of the data folder (to LANTERN_MASTER_KEY_FILE or
                     ~/.config/lantern/master.key), after checking it opens the data keys
  duplicates scan [--since-hours 48 | --all]
                     Nightly job: compare recently registered persons with the whole database and
                     record probable duplicates for supervisors to review
  persons match --input FILE.jsonl
                     For each person (one JSON object per line), the probable and possible matches in
                     the database: case code, province, score and reasons (never a name)
  persons reindex [--batch 500]
                     After an upgrade that changed the matching rules: re-derive every person's
                     blind-index keys (resumable; Ctrl-C stops after the batch in flight)
  screen score --instrument ID [--version V] --answers FILE.json [--locale vi|en|ar] [--json]
                     Score answers with a shipped screening instrument, offline, and explain the
                     outcome (--definition FILE.json scores with an instrument given as data)
  help               Show this help

Configuration comes from the environment; see README.md (PORT, HOST, LANTERN_DATA_DIR,
DATABASE_URL, DATABASE_OWNER_URL, LANTERN_MASTER_KEY, LANTERN_MASTER_KEY_FILE, LANTERN_PUBLIC_URL,
LANTERN_TRUST_PROXY, LANTERN_SECURE_COOKIES, LOG_LEVEL).
`;

async function main(argv: string[]): Promise<number> {
  const [command = 'help', ...rest] = argv;
  switch (command) {
    case 'serve':
      await serveCommand(parseServeArgs(rest));
      return -1; // keeps running
    case 'migrate':
      parseArgs({ args: rest, options: {} });
      await migrateCommand();
      return 0;
    case 'db:status':
      parseArgs({ args: rest, options: {} });
      return dbStatusCommand();
    case 'audit': {
      if (rest[0] === 'seal') return auditSealCommand(rest.slice(1));
      if (rest[0] === 'digest') return auditDigestCommand(rest.slice(1));
      if (rest[0] !== 'verify')
        throw new UsageError(
          `Unknown audit command "${rest[0] ?? ''}". Try: lantern audit verify, lantern audit seal, lantern audit digest`,
        );
      return auditVerifyCommand(rest.slice(1));
    }
    case 'keys': {
      if (rest[0] === 'move') return keysMoveCommand(rest.slice(1));
      if (rest[0] !== 'rotate')
        throw new UsageError(
          `Unknown keys command "${rest[0] ?? ''}". Try: lantern keys rotate, lantern keys move`,
        );
      return keysRotateCommand(rest.slice(1));
    }
    case 'duplicates': {
      if (rest[0] !== 'scan')
        throw new UsageError(`Unknown duplicates command "${rest[0] ?? ''}". Try: lantern duplicates scan`);
      return duplicatesScanCommand(rest.slice(1));
    }
    case 'persons': {
      if (rest[0] === 'reindex') return personsReindexCommand(rest.slice(1));
      if (rest[0] !== 'match')
        throw new UsageError(
          `Unknown persons command "${rest[0] ?? ''}". Try: lantern persons match --input FILE.jsonl, lantern persons reindex`,
        );
      return personsMatchCommand(rest.slice(1));
    }
    case 'screen': {
      if (rest[0] !== 'score')
        throw new UsageError(`Unknown screen command "${rest[0] ?? ''}". Try: lantern screen score --help`);
      return screenScoreCommand(rest.slice(1));
    }
    case 'seed':
      return seedCommand(rest);
    case 'users:create-admin':
      return createAdminCommand(rest);
    case 'help':
    case '--help':
    case '-h':
      process.stdout.write(HELP);
      return 0;
    default:
      throw new UsageError(`Unknown command "${command}".\n\n${HELP}`);
  }
}

class UsageError extends Error {
  override name = 'UsageError';
}

// Expected failures (configuration, connection, unsafe role, migrations) are explained in one line;
// only a genuine bug prints a stack trace.
const EXPECTED = new Set([
  'UsageError',
  'ConfigError',
  'DatabaseConnectionError',
  'UnsafeRequestRoleError',
  'MigrationError',
  'ListenError',
  'KeyError',
  'InstallationError',
]);

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exit(code);
  },
  (error: unknown) => {
    const err = error as Error & { code?: string };
    const expected = EXPECTED.has(err.name) || err.code?.startsWith('ERR_PARSE_ARGS') === true;
    process.stderr.write(`lantern: ${expected ? err.message : (err.stack ?? String(err))}\n`);
    process.exit(1);
  },
);
