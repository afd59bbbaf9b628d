import { recordSystemAudit } from '../audit/system-audit';
import { createKeyRing, rewrap, wrappingKeyId } from '../lib/key-ring';
import { createSecretBox, KeyError } from '../lib/secret-box';
import { readDataKeys } from './data-keys';
import type { Database } from './types';

export interface RotationOutcome {
  dataKeys: number;
  resealed: number;
  from: string;
  to: string;
}

/**
 * Re-wraps every data key under a new master key, in one transaction. Ciphertexts and blind indexes do not
 * change, and servers already running keep their unwrapped data keys, so nothing stops. Secrets sealed
 * directly with the old master key before envelope encryption (TOTP seeds) are re-sealed under a data key.
 */
export async function rotateMasterKey(
  database: Database,
  current: Buffer,
  next: Buffer,
): Promise<RotationOutcome> {
  const owner = await database.openOwner();
  if (!owner) throw new KeyError('Rotating the master key needs the schema owner: set DATABASE_OWNER_URL');
  const from = createSecretBox(current);
  const to = createSecretBox(next);
  if (from.keyId === to.keyId) throw new KeyError('The new master key is the same as the current one');
  try {
    return await owner.transaction(async (session) => {
      const rows = await readDataKeys(session);
      const stranger = rows.find((row) => wrappingKeyId(row) !== from.keyId);
      if (stranger)
        throw new KeyError(
          `Data key ${stranger.id} is not wrapped with the current master key ${from.keyId}`,
        );
      const ring = createKeyRing(current, rows);
      let resealed = 0;
      const { rows: users } = await session.query<{
        id: string;
        totp_secret: string | null;
        totp_pending_secret: string | null;
      }>(
        `select id, totp_secret, totp_pending_secret from users
          where totp_secret like 'v1.%' or totp_pending_secret like 'v1.%'`,
      );
      for (const user of users) {
        const reseal = (value: string | null) =>
          value?.startsWith('v1.')
            ? ring.seal(ring.open(value, `totp:${user.id}`), `totp:${user.id}`)
            : value;
        await session.query('update users set totp_secret = $2, totp_pending_secret = $3 where id = $1', [
          user.id,
          reseal(user.totp_secret),
          reseal(user.totp_pending_secret),
        ]);
        resealed += 1;
      }
      for (const row of rows) {
        await session.query('update data_keys set wrapped = $2, rewrapped_at = now() where id = $1', [
          row.id,
          rewrap(row, from, to).wrapped,
        ]);
      }
      await recordSystemAudit(session, {
        action: 'system.keys.rotate',
        resourceType: 'data_key',
        details: { dataKeys: rows.length, resealed, from: from.keyId, to: to.keyId },
      });
      return { dataKeys: rows.length, resealed, from: from.keyId, to: to.keyId };
    });
  } finally {
    await owner.close();
  }
}
