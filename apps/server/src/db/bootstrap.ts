import { agencyTypesNotCarryingCases, seedAgencyTypes, seedRoles } from '@lantern/domain';
import { recordSystemAudit } from '../audit/system-audit';
import { newId } from '../lib/ids';
import type { Database, SqlSession } from './types';

/**
 * Rows every installation needs and that migrations cannot write because their keys are made in the
 * application: the seeded roles and agency types, and what the caller's modules ship (the screening
 * instrument versions), written in the same owner transaction. The database layer knows no module, so the
 * caller passes that part in. Adds what is missing, never changes what exists (administrators may have
 * edited them), and audits what it added.
 */
export async function ensureSeedRows(
  database: Database,
  ensureShippedRows: (session: SqlSession) => Promise<void>,
): Promise<void> {
  const owner = await database.openOwner();
  if (!owner) return;
  try {
    await owner.transaction(async (session) => {
      const existingTypes = new Set(
        (await session.query<{ code: string }>('select code from agency_types')).rows.map((r) => r.code),
      );
      const existingRoles = new Set(
        (await session.query<{ code: string }>('select code from roles')).rows.map((r) => r.code),
      );
      const newTypes = seedAgencyTypes.filter((code) => !existingTypes.has(code));
      const newRoles = seedRoles.filter((role) => !existingRoles.has(role.code));
      await ensureShippedRows(session);
      if (newTypes.length === 0 && newRoles.length === 0) return;
      for (const code of newTypes)
        await session.query('insert into agency_types (code, carries_cases) values ($1, $2)', [
          code,
          !agencyTypesNotCarryingCases.includes(code),
        ]);
      for (const role of newRoles) {
        await session.query('insert into roles (id, code, permissions) values ($1, $2, $3)', [
          newId(),
          role.code,
          [...role.permissions],
        ]);
      }
      await recordSystemAudit(session, {
        action: 'system.seed',
        details: { agencyTypes: newTypes.length, roles: newRoles.length },
      });
    });
  } finally {
    await owner.close();
  }
}
