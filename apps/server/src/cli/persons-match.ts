import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { matchRequestSchema, type PersonEvidence } from '@lantern/domain';
import { recordSystemAudit } from '../audit/system-audit';
import { openInstallationKeyRing } from '../db/master-key';
import type { SqlSession } from '../db/types';
import type { KeyRing } from '../lib/key-ring';
import { ownerMatchCandidates } from '../modules/cases/owner-candidates';
import { evidenceFromSearch, matchKeyHashes } from '../modules/cases/person-identity';
import { scoreSealedCandidates } from '../modules/cases/score-candidates';
import { openRuntime } from './open';

export class PersonsMatchUsageError extends Error {
  override name = 'UsageError';
}

/** Candidates for one search over the whole database (owner session): codes, provinces, scores, reasons. */
export async function matchInDatabase(session: SqlSession, keys: KeyRing, query: PersonEvidence) {
  const hashes = matchKeyHashes(keys, query, 'query');
  const rows = await ownerMatchCandidates(session, hashes);
  const candidates = rows.map((row) => ({
    ...row,
    personId: row.person_id,
    identitySealed: row.identity_sealed,
    homeProvinceCode: row.home_province_code,
  }));
  return scoreSealedCandidates(keys, query, candidates)
    .slice(0, 20)
    .map(({ candidate, match }) => ({
      caseCode: candidate.case_code,
      province: candidate.case_province,
      score: match.score,
      band: match.band,
      reasons: match.reasons.map((reason) => reason.code),
    }));
}

/**
 * `lantern persons match --input FILE.jsonl`: for each line (a person, as for POST /api/persons/match), the
 * ranked candidates in the whole database — case code, province, score, band and reasons, never a name.
 * Runs as the schema owner; one audit event records how many lines were searched, not what.
 */
export async function personsMatchCommand(
  args: string[],
  out: NodeJS.WritableStream = process.stdout,
): Promise<number> {
  const { values } = parseArgs({ args, options: { input: { type: 'string' } } });
  if (!values.input) throw new PersonsMatchUsageError('--input FILE.jsonl is required (one person per line)');
  let text: string;
  try {
    text = readFileSync(values.input, 'utf8');
  } catch {
    throw new PersonsMatchUsageError(`Cannot read ${values.input}`);
  }
  const lines = text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const { config, database } = await openRuntime();
  try {
    const keys = await openInstallationKeyRing(config, database);
    const owner = await database.openOwner();
    if (!owner)
      throw new PersonsMatchUsageError(
        'Matching across the database needs the schema owner: set DATABASE_OWNER_URL',
      );
    let failures = 0;
    try {
      await owner.transaction(async (session) => {
        for (const [index, line] of lines.entries()) {
          let parsed: ReturnType<typeof matchRequestSchema.safeParse>;
          try {
            parsed = matchRequestSchema.safeParse(JSON.parse(line));
          } catch {
            parsed = matchRequestSchema.safeParse(undefined);
          }
          if (!parsed.success) {
            failures += 1;
            out.write(
              `${JSON.stringify({ line: index + 1, error: 'invalid', fields: parsed.error.issues.map((i) => i.path.join('.') || '(line)') })}\n`,
            );
            continue;
          }
          const candidates = await matchInDatabase(session, keys, evidenceFromSearch(parsed.data));
          out.write(`${JSON.stringify({ line: index + 1, candidates })}\n`);
        }
        await recordSystemAudit(session, {
          action: 'person.match',
          resourceType: 'person',
          details: { lines: lines.length, invalid: failures, via: 'cli' },
        });
      });
    } finally {
      await owner.close();
    }
    return failures > 0 ? 1 : 0;
  } finally {
    await database.close();
  }
}
