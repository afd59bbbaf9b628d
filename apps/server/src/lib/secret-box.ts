import { createCipheriv, createDecipheriv, createHash, randomBytes } from 'node:crypto';

/**
 * Authenticated encryption (AES-256-GCM) of small secrets held by the application, such as TOTP seeds.
 * Every ciphertext names the key that made it ("v1.<keyId>.<iv>.<tag>.<data>"), so keys can be rotated.
 * The identifying-data module extends this into envelope encryption with wrapped data keys.
 */
export interface SecretBox {
  readonly keyId: string;
  seal(plaintext: string, context: string): string;
  open(sealed: string, context: string): string;
}

export class KeyError extends Error {
  override name = 'KeyError';
}

const b64 = (buffer: Buffer) => buffer.toString('base64url');

export function createSecretBox(masterKey: Buffer): SecretBox {
  if (masterKey.length !== 32) throw new KeyError('The master key must be 32 bytes');
  const keyId = createHash('sha256').update(masterKey).digest('hex').slice(0, 8);
  return {
    keyId,
    seal(plaintext, context) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', masterKey, iv);
      // The context (e.g. "totp:<user id>") is bound as associated data: a value copied to another row fails to open.
      cipher.setAAD(Buffer.from(context));
      const data = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
      return ['v1', keyId, b64(iv), b64(cipher.getAuthTag()), b64(data)].join('.');
    },
    open(sealed, context) {
      const [version, kid, iv, tag, data] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || data === undefined) throw new KeyError('Malformed ciphertext');
      if (kid !== keyId) throw new KeyError(`Ciphertext was sealed with key ${kid}, not ${keyId}`);
      const decipher = createDecipheriv('aes-256-gcm', masterKey, Buffer.from(iv, 'base64url'));
      decipher.setAAD(Buffer.from(context));
      decipher.setAuthTag(Buffer.from(tag, 'base64url'));
      return Buffer.concat([decipher.update(Buffer.from(data, 'base64url')), decipher.final()]).toString(
        'utf8',
      );
    },
  };
}
