import type { SqlSession } from '../../db/types';

/** Marks the installation as a demo: the banner shows on every page and demo accounts may skip MFA. */
export async function markAsDemo(session: SqlSession): Promise<void> {
  await session.query(
    "insert into instance_settings (key, value) values ('demo', 'true'::jsonb) on conflict (key) do update set value = 'true'::jsonb, updated_at = now()",
  );
}
