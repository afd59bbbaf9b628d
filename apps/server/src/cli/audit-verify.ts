import { appendFileSync, readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { SEAL_KEY_LABEL } from '../audit/chain';
import { currentDigest, formatDigest, parseDigests } from '../audit/digest';
import { sealOnce } from '../audit/seal-loop';
import { ownerRunner } from '../audit/sql-runner';
import { verificationReport } from '../audit/verification-report';
import { DEFAULT_SEAL_BOUND_SECONDS, verifyAuditTrail } from '../audit/verify-chain';
import { openInstallationKeyRing } from '../db/master-key';
import { openRuntime } from './open';

/**
 * `lantern audit verify [--digest FILE] [--max-lag S]`: exit code 0 when the chain, every block's seal and
 * every kept digest verify and no event waited for the sealer past the bound; 1 listing every break otherwise.
 */
export async function auditVerifyCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({
    args,
    options: { digest: { type: 'string', multiple: true }, 'max-lag': { type: 'string' } },
  });
  const boundSeconds =
    values['max-lag'] === undefined ? DEFAULT_SEAL_BOUND_SECONDS : Number(values['max-lag']);
  if (!Number.isFinite(boundSeconds) || boundSeconds < 0)
    throw new Error(`--max-lag takes a number of seconds, not "${values['max-lag']}"`);
  const digests = (values.digest ?? []).flatMap((file) => parseDigests(readFileSync(file, 'utf8')));
  const { config, database } = await openRuntime();
  try {
    const keys = await openInstallationKeyRing(config, database);
    const owner = await database.openOwner();
    if (!owner) {
      process.stderr.write('lantern: audit verify reads every event; set DATABASE_OWNER_URL\n');
      return 1;
    }
    try {
      const result = await verifyAuditTrail(owner, keys.derive(SEAL_KEY_LABEL), { boundSeconds, digests });
      process.stdout.write(verificationReport(result));
      if (digests.length > 0 && result.breaks.length === 0)
        process.stdout.write(
          `${digests.length} kept ${digests.length === 1 ? 'digest' : 'digests'} covered.\n`,
        );
      return result.breaks.length === 0 ? 0 : 1;
    } finally {
      await owner.close();
    }
  } finally {
    await database.close();
  }
}

/** `lantern audit seal`: chains every waiting event now (for a cron beside servers that do not seal). */
export async function auditSealCommand(args: string[]): Promise<number> {
  parseArgs({ args, options: {} });
  const { config, database } = await openRuntime();
  try {
    const keys = await openInstallationKeyRing(config, database);
    const key = keys.derive(SEAL_KEY_LABEL);
    let events = 0;
    let blocks = 0;
    for (;;) {
      const outcome = await sealOnce(database, key);
      events += outcome.events;
      if (outcome.block !== null) blocks += 1;
      if (outcome.block === null || outcome.events === 0) break;
    }
    process.stdout.write(`Sealed ${events} events in ${blocks} ${blocks === 1 ? 'block' : 'blocks'}.\n`);
    return 0;
  } finally {
    await database.close();
  }
}

/**
 * `lantern audit digest [--append-to FILE]`: prints the ledger's current head (block, events covered, hash,
 * seal) as one line to keep outside the database, or appends it to FILE (e.g. on another machine's mount).
 */
export async function auditDigestCommand(args: string[]): Promise<number> {
  const { values } = parseArgs({ args, options: { 'append-to': { type: 'string' } } });
  const { database } = await openRuntime();
  try {
    const owner = await database.openOwner();
    if (!owner) {
      process.stderr.write('lantern: audit digest reads the ledger; set DATABASE_OWNER_URL\n');
      return 1;
    }
    try {
      const digest = await owner.transaction((session) => currentDigest(ownerRunner(session)));
      if (!digest) {
        process.stderr.write('lantern: no sealed block yet; run "lantern audit seal" first\n');
        return 1;
      }
      const line = formatDigest(digest);
      if (values['append-to']) {
        appendFileSync(values['append-to'], line, { mode: 0o600 });
        process.stdout.write(`Digest of block ${digest.block} appended to ${values['append-to']}.\n`);
      } else process.stdout.write(line);
      return 0;
    } finally {
      await owner.close();
    }
  } finally {
    await database.close();
  }
}
