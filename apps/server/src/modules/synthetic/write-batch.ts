import { recordSystemAudit } from '../../audit/system-audit';
import type { SqlSession } from '../../db/types';
import { type BulkColumn, bulkInsert } from './bulk-insert';
import { PROGRAMME_TABLES, writeProgrammeRows } from './programme-rows';
import type { RegistrationRows } from './registration-rows';

type Row = Record<string, unknown>;
type Columns = ReadonlyArray<readonly [string, BulkColumn['type']]>;

type TableKey = Exclude<keyof RegistrationRows, 'programme'> | 'matchKeyRows';
const TABLES: ReadonlyArray<readonly [TableKey, string, Columns]> = [
  [
    'screening',
    'screenings',
    [
      ['id', 'uuid'],
      ['agency_id', 'uuid'],
      ['screened_by', 'uuid'],
      ['screened_at', 'timestamptz'],
      ['submitted_at', 'timestamptz'],
      ['consent_to_interview', 'bool'],
      ['interview_language', 'text'],
      ['interpreter_used', 'bool'],
      ['province_code', 'text'],
      ['commune_code', 'text'],
      ['outcome', 'text'],
      ['htcds_status', 'text'],
      ['needs', 'text[]'],
    ],
  ],
  [
    'response',
    'screening_responses',
    [
      ['screening_id', 'uuid'],
      ['position', 'int'],
      ['instrument_id', 'text'],
      ['instrument_version', 'int'],
      ['answers', 'jsonb'],
      ['result', 'jsonb'],
      ['outcome', 'text'],
    ],
  ],
  [
    'person',
    'persons',
    [
      ['id', 'uuid'],
      ['owner_agency_id', 'uuid'],
      ['identity_sealed', 'text'],
      ['sex', 'text'],
      ['age_band', 'text'],
      ['ethnicity', 'text'],
      ['nationality', 'text'],
      ['languages', 'text[]'],
      ['education_level', 'text'],
      ['marital_status', 'text'],
      ['children_count', 'int'],
      ['home_province_code', 'text'],
      ['home_commune_code', 'text'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
  ],
  [
    'matchKeyRows',
    'person_match_keys',
    [
      ['person_id', 'uuid'],
      ['key_hash', 'text'],
    ],
  ],
  [
    'case',
    'cases',
    [
      ['id', 'uuid'],
      ['code', 'text'],
      ['person_id', 'uuid'],
      ['owner_agency_id', 'uuid'],
      ['province_code', 'text'],
      ['state', 'text'],
      ['state_changed_at', 'timestamptz'],
      ['closed_from', 'text'],
      ['closure_reason', 'text'],
      ['received_on', 'date'],
      ['trafficking_status', 'text'],
      ['status_decided_by', 'text'],
      ['status_decided_on', 'date'],
      ['status_legal_basis', 'text'],
      ['subject_category', 'text'],
      ['intake_route', 'text'],
      ['exploitation_types', 'text[]'],
      ['control_methods', 'text[]'],
      ['recruitment_methods', 'text[]'],
      ['recruitment_platforms', 'text[]'],
      ['relationship_to_recruiter', 'text'],
      ['journey', 'jsonb'],
      ['screening_ids', 'uuid[]'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
  ],
  [
    'consents',
    'consents',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['purpose', 'text'],
      ['sharing_agency_types', 'text[]'],
      ['method', 'text'],
      ['witness_sealed', 'text'],
      ['language', 'text'],
      ['obtained_on', 'date'],
      ['obtained_by', 'uuid'],
      ['given_by', 'text'],
      ['child_assent', 'bool'],
      ['created_at', 'timestamptz'],
    ],
  ],
  [
    'events',
    'case_events',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['at', 'timestamptz'],
      ['actor_user_id', 'uuid'],
      ['kind', 'text'],
      ['details', 'jsonb'],
    ],
  ],
  [
    'notes',
    'case_notes',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['author_id', 'uuid'],
      ['sensitivity', 'text'],
      ['restricted_to_roles', 'text[]'],
      ['body_sealed', 'text'],
      ['created_at', 'timestamptz'],
    ],
  ],
  [
    'tasks',
    'case_tasks',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['title', 'text'],
      ['due_on', 'date'],
      ['assignee_id', 'uuid'],
      ['done_at', 'timestamptz'],
      ['created_by', 'uuid'],
      ['created_at', 'timestamptz'],
    ],
  ],
  [
    'referrals',
    'referrals',
    [
      ['id', 'uuid'],
      ['case_id', 'uuid'],
      ['case_code', 'text'],
      ['from_agency_id', 'uuid'],
      ['to_agency_id', 'uuid'],
      ['services', 'text[]'],
      ['urgency', 'text'],
      ['reason', 'text'],
      ['message_sealed', 'text'],
      ['sections', 'text[]'],
      ['status', 'text'],
      ['ended_because', 'text'],
      ['consent_overridden', 'bool'],
      ['override_reason_sealed', 'text'],
      ['sent_by', 'uuid'],
      ['respond_by', 'timestamptz'],
      ['complete_by', 'timestamptz'],
      ['answered_at', 'timestamptz'],
      ['answered_by', 'uuid'],
      ['decline_reason', 'text'],
      ['outcome', 'text'],
      ['closed_at', 'timestamptz'],
      ['closed_by', 'uuid'],
      ['escalation_level', 'int'],
      ['escalated_at', 'timestamptz'],
      ['created_at', 'timestamptz'],
      ['updated_at', 'timestamptz'],
    ],
  ],
];

/** The tables a batch loads in bulk (the case code counters and the dataset's state row are single rows). */
export const BATCH_TABLES: readonly string[] = [...TABLES.map(([, table]) => table), ...PROGRAMME_TABLES];

/**
 * Case codes for a batch: each province and year's counter is moved on once by the batch's count, so the
 * codes continue the same sequence the API uses ("LT-15-2026-000123") and never collide with it.
 */
async function assignCaseCodes(session: SqlSession, batch: readonly RegistrationRows[]): Promise<void> {
  const counts = new Map<string, number>();
  for (const rows of batch) {
    const key = `${rows.codeProvince}:${rows.codeYear}`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const keys = [...counts.keys()];
  const { rows: reserved } = await session.query<{ province_code: string; year: number; last: number }>(
    `insert into case_code_counters as counter (province_code, year, last)
     select * from unnest($1::text[], $2::int[], $3::int[])
     on conflict (province_code, year) do update set last = counter.last + excluded.last
     returning province_code, year, last`,
    [
      keys.map((k) => k.split(':')[0]),
      keys.map((k) => Number(k.split(':')[1])),
      keys.map((k) => counts.get(k)),
    ],
  );
  const next = new Map(
    reserved.map((row) => {
      const key = `${row.province_code}:${row.year}`;
      return [key, row.last - (counts.get(key) as number) + 1] as const;
    }),
  );
  for (const rows of batch) {
    const key = `${rows.codeProvince}:${rows.codeYear}`;
    const seq = next.get(key) as number;
    next.set(key, seq + 1);
    rows.case.code = `LT-${rows.codeProvince}-${rows.codeYear}-${String(seq).padStart(6, '0')}`;
    for (const referral of rows.referrals) referral.case_code = rows.case.code;
  }
}

/** Writes one batch of registrations in the caller's transaction, with one system audit event for it. */
export async function writeBatch(
  session: SqlSession,
  batch: readonly RegistrationRows[],
  audit: Record<string, string | number | boolean | null>,
): Promise<void> {
  await assignCaseCodes(session, batch);
  const tableRows = (key: (typeof TABLES)[number][0]): Row[] => {
    if (key === 'matchKeyRows')
      return batch.flatMap((rows) =>
        rows.matchKeys.map((hash) => ({ person_id: rows.person.id, key_hash: hash })),
      );
    return batch.flatMap((rows) => {
      const value = rows[key];
      if (value === undefined) return [];
      return Array.isArray(value) ? (value as Row[]) : [value as Row];
    });
  };
  for (const [key, table, columns] of TABLES) {
    const rows = tableRows(key);
    await bulkInsert(
      session,
      table,
      columns.map(([name, type]) => ({ name, type, values: rows.map((row) => row[name] ?? null) })),
    );
  }
  await writeProgrammeRows(
    session,
    batch.map((rows) => rows.programme),
  );
  await recordSystemAudit(session, { action: 'system.synthetic_seed', details: audit });
}
