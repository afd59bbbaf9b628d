import { createCipheriv, createDecipheriv, createHmac, randomBytes } from 'node:crypto';
import { freshIv } from './fresh-iv';
import { createSecretBox, KeyError, type SecretBox } from './secret-box';

/**
 * Envelope encryption. Identifying data is encrypted with data keys (AES-256-GCM); the data keys are stored
 * in the database wrapped (sealed) by the master key, which never touches the database. Rotating the master
 * key re-wraps the few data keys and leaves every ciphertext as it is, so running servers — which hold the
 * unwrapped data keys in memory — carry on without a restart.
 *
 * Purposes: `encryption` keys seal values (one active; older ones stay for reading), the single `index`
 * key makes blind indexes (it must never change, or every index would have to be rebuilt), and the single
 * `derivation` key derives other secrets such as the CSRF key.
 */
export const dataKeyPurposes = ['encryption', 'index', 'derivation'] as const;
export type DataKeyPurpose = (typeof dataKeyPurposes)[number];

export interface WrappedDataKey {
  id: string;
  purpose: DataKeyPurpose;
  wrapped: string;
  active: boolean;
}

export interface KeyRing extends SecretBox {
  /** Keyed HMAC of a normalised search key; equal inputs give equal outputs, nothing else can be read. */
  blindIndex(key: string): string;
  /** A 32-byte secret for a named use, stable across master-key rotations. */
  derive(label: string): Buffer;
  sealBytes(plaintext: Buffer, context: string): Buffer;
  openBytes(sealed: Buffer, context: string): Buffer;
}

const wrapContext = (id: string, purpose: DataKeyPurpose) => `data-key:${purpose}:${id}`;
const b64 = (buffer: Buffer) => buffer.toString('base64url');

/** A new data key, wrapped under the master key. */
export function newWrappedDataKey(master: SecretBox, purpose: DataKeyPurpose): WrappedDataKey {
  const id = randomBytes(6).toString('hex');
  const key = randomBytes(32).toString('base64');
  return { id, purpose, wrapped: master.seal(key, wrapContext(id, purpose)), active: true };
}

/** The same data key wrapped under another master key (rotation). */
export function rewrap(row: WrappedDataKey, from: SecretBox, to: SecretBox): WrappedDataKey {
  const context = wrapContext(row.id, row.purpose);
  return { ...row, wrapped: to.seal(from.open(row.wrapped, context), context) };
}

/** Which master key wrapped a data key (the key id in its ciphertext). */
export function wrappingKeyId(row: WrappedDataKey): string | undefined {
  return row.wrapped.split('.')[1];
}

export function createKeyRing(masterKey: Buffer, rows: readonly WrappedDataKey[]): KeyRing {
  const master = createSecretBox(masterKey);
  const foreign = rows.find((row) => wrappingKeyId(row) !== master.keyId);
  if (foreign)
    throw new KeyError(
      `The data keys are wrapped with master key ${wrappingKeyId(foreign)}, but this server has master key ${master.keyId}. ` +
        'Was the master key rotated? Start the server with the current LANTERN_MASTER_KEY.',
    );
  const keys = new Map(
    rows.map((row) => [
      row.id,
      Buffer.from(master.open(row.wrapped, wrapContext(row.id, row.purpose)), 'base64'),
    ]),
  );
  const single = (purpose: DataKeyPurpose) => {
    const row = rows.find((candidate) => candidate.purpose === purpose && candidate.active);
    if (!row) throw new KeyError(`No active ${purpose} data key; run "lantern migrate" as the schema owner`);
    return { id: row.id, key: keys.get(row.id) as Buffer };
  };
  const active = single('encryption');
  const indexKey = single('index').key;
  const derivationKey = single('derivation').key;

  function sealBytes(plaintext: Buffer, context: string): Buffer {
    const iv = freshIv();
    const cipher = createCipheriv('aes-256-gcm', active.key, iv);
    cipher.setAAD(Buffer.from(context));
    const data = Buffer.concat([cipher.update(plaintext), cipher.final()]);
    const header = Buffer.from(`e1.${active.id}.`, 'utf8');
    return Buffer.concat([header, iv, cipher.getAuthTag(), data]);
  }

  function keyFor(id: string | undefined): Buffer {
    const key = id ? keys.get(id) : undefined;
    if (!key) throw new KeyError(`Unknown data key ${id ?? '(none)'}`);
    return key;
  }

  function openBytes(sealed: Buffer, context: string): Buffer {
    const headerEnd = sealed.indexOf('.', 3);
    if (sealed.subarray(0, 3).toString() !== 'e1.' || headerEnd < 0)
      throw new KeyError('Malformed ciphertext');
    const key = keyFor(sealed.subarray(3, headerEnd).toString());
    const body = sealed.subarray(headerEnd + 1);
    const decipher = createDecipheriv('aes-256-gcm', key, body.subarray(0, 12));
    decipher.setAAD(Buffer.from(context));
    decipher.setAuthTag(body.subarray(12, 28));
    return Buffer.concat([decipher.update(body.subarray(28)), decipher.final()]);
  }

  return {
    keyId: active.id,
    seal(plaintext, context) {
      const iv = freshIv();
      const cipher = createCipheriv('aes-256-gcm', active.key, iv);
      // The context (e.g. "person:<id>:fullName") is bound as associated data: a value copied elsewhere fails to open.
      cipher.setAAD(Buffer.from(context));
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['e1', active.id, b64(iv), b64(cipher.getAuthTag()), b64(data)].join('.');
    },
    open(sealed, context) {
      // Values sealed directly with the master key before envelope encryption ("v1.") still open.
      if (sealed.startsWith('v1.')) return master.open(sealed, context);
      const [version, kid, iv, tag, data] = sealed.split('.');
      if (version !== 'e1' || !iv || !tag || data === undefined) throw new KeyError('Malformed ciphertext');
      const decipher = createDecipheriv('aes-256-gcm', keyFor(kid), Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
    sealBytes,
    openBytes,
    blindIndex(key) {
      return createHmac('sha256', indexKey)
        .update(key, 'utf8')
        .digest()
        .subarray(0, 16)
        .toString('base64url');
    },
    derive(label) {
      return createHmac('sha256', derivationKey).update(`lantern:${label}`).digest();
    },
  };
}
