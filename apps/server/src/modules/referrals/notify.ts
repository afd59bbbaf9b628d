import type { Permission } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { queryRows } from '../../db/query-rows';
import { notifications } from '../../db/schema';
import type { Tx } from '../../db/types';
import { newId } from '../../lib/ids';
import { notificationReasonContext } from '../access/break-glass';

export type NotificationData = Record<string, string | number | boolean | null>;

/**
 * Words a user wrote into a notification (they may name a person): sealed separately into each addressee's row,
 * opened only when that addressee lists their notifications (and that reading is audited).
 */
export interface SealedWords {
  text: string;
  seal: (text: string, context: string) => string;
}

/**
 * Tells the active users of an agency who hold a permission (the inbox's readers, its supervisors) in one
 * insert; returns how many were told. Codes and names of agencies only: nothing about the person.
 */
export async function notifyAgency(
  tx: Tx,
  agencyId: string,
  permission: Permission,
  kind: string,
  data: NotificationData,
  except: string | null = null,
  words?: SealedWords,
): Promise<number> {
  const readersOfAgency = sql`select distinct u.id from users u
      join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id
    where u.agency_id = ${agencyId} and u.disabled_at is null and ${permission} = any(r.permissions)
      and u.id is distinct from ${except}::uuid`;
  if (words) {
    // Each addressee's copy of the words is sealed apart, in the application: the readers are needed first.
    const readers = await queryRows<{ id: string }>(tx, readersOfAgency);
    return notifyUsers(
      tx,
      readers.map((reader) => reader.id),
      kind,
      data,
      words,
    );
  }
  // Codes only: found and told in one statement (a round trip less on every referral sent and answered).
  const [told] = await queryRows<{ n: number }>(
    tx,
    sql`with told as (
          insert into notifications (id, user_id, kind, data)
          select gen_random_uuid(), readers.id, ${kind}, ${JSON.stringify(data)}::jsonb
          from (${readersOfAgency}) readers
          returning 1)
        select count(*)::int as n from told`,
  );
  return told?.n ?? 0;
}

/** Tells the provincial coordinators of a province (escalation's last step). */
export async function notifyProvinceCoordinators(
  tx: Tx,
  provinceCode: string,
  kind: string,
  data: NotificationData,
): Promise<number> {
  const readers = await queryRows<{ id: string }>(
    tx,
    sql`select distinct u.id from users u join agencies a on a.id = u.agency_id
          join user_roles ur on ur.user_id = u.id join roles r on r.id = ur.role_id
        where a.province_code = ${provinceCode} and a.disabled_at is null and u.disabled_at is null
          and 'case.read_province' = any(r.permissions)`,
  );
  return notifyUsers(
    tx,
    readers.map((reader) => reader.id),
    kind,
    data,
  );
}

export async function notifyUsers(
  tx: Tx,
  userIds: readonly string[],
  kind: string,
  data: NotificationData,
  words?: SealedWords,
): Promise<number> {
  const unique = [...new Set(userIds)];
  if (unique.length === 0) return 0;
  await tx.insert(notifications).values(
    unique.map((userId) => {
      const id = newId();
      const reasonSealed = words ? words.seal(words.text, notificationReasonContext(id)) : undefined;
      return { id, userId, kind, data: reasonSealed ? { ...data, reasonSealed } : data };
    }),
  );
  return unique.length;
}
