import { toVietNamDate } from '@lantern/domain';
import { recordSystemAudit } from '../../audit/system-audit';
import type { SqlSession } from '../../db/types';
import type { KeyRing } from '../../lib/key-ring';
import { seedDemoComplaints } from './demo-complaints';
import { seedDemoFeedback } from './demo-feedback';
import { seedDemoStories } from './demo-stories';

/** Agencies of the synthetic country the demo's survivor voice speaks of, as `type:province`. */
const AGENCIES = [
  'social_work_centre:15',
  'womens_union_one_stop:91',
  'border_guard_post:15',
  'commune_police:15',
] as const;

export interface DemoVoice {
  feedback: number;
  complaints: number;
  stories: number;
}

/**
 * Survivor voice in a new demo (#20): anonymous feedback, complaints in every state, consented stories — so
 * /feedback, the complaints inbox and the story library are not empty. One system audit event covers the
 * rows, in the same transaction. Run again, it adds nothing.
 */
export async function seedDemoVoice(
  session: SqlSession,
  keys: KeyRing,
  seed: number,
  now = new Date(),
): Promise<DemoVoice> {
  const { rows } = await session.query<{ key: string; id: string }>(
    `select distinct on (a.type_code, a.province_code) a.type_code || ':' || a.province_code as key, a.id
       from agencies a where a.type_code || ':' || a.province_code = any($1::text[])
      order by a.type_code, a.province_code, a.id`,
    [[...AGENCIES]],
  );
  const agencies = new Map(rows.map((row) => [row.key, row.id]));
  const agencyOf = (key: string) => agencies.get(key);
  const { rows: staff } = await session.query<{ id: string; agency_id: string }>(
    "select id, agency_id from users where username = 'lan.nguyen'",
  );
  const worker = staff[0];
  const today = toVietNamDate(now);
  const outcome: DemoVoice = {
    feedback: await seedDemoFeedback(session, keys, agencyOf, today, seed),
    complaints: await seedDemoComplaints(session, keys, agencyOf, worker?.id, now),
    stories: worker
      ? await seedDemoStories(session, keys, { agency: worker.agency_id, worker: worker.id }, today)
      : 0,
  };
  if (outcome.feedback + outcome.complaints + outcome.stories > 0)
    await recordSystemAudit(session, { action: 'system.demo_voice', details: { ...outcome } });
  return outcome;
}
