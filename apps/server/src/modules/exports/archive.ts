import { randomBytes } from 'node:crypto';

/** Letters and digits that cannot be mistaken for one another when read off a screen (no 0/O, 1/l/I). */
const ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnpqrstuvwxyz23456789';

/** A 20-character password (about 115 bits), drawn without modulo bias. */
export function archivePassword(length = 20): string {
  let password = '';
  while (password.length < length) {
    for (const byte of randomBytes(32)) {
      // 56 letters: 4 × 56 = 224, so bytes from 224 up are dropped to keep every letter equally likely.
      if (byte < 224 && password.length < length) password += ALPHABET[byte % ALPHABET.length];
    }
  }
  return password;
}

/** One file in a zip archive encrypted with AES-256 (WinZip AE-2), which 7-Zip and common tools open. */
export async function encryptedArchive(
  fileName: string,
  content: string,
  password: string,
): Promise<Uint8Array> {
  // Loaded with the first archive, not at start-up.
  const { configure, TextReader, Uint8ArrayWriter, ZipWriter } = await import('@zip.js/zip.js');
  configure({ useWebWorkers: false });
  const writer = new ZipWriter(new Uint8ArrayWriter(), { password, encryptionStrength: 3 });
  await writer.add(fileName, new TextReader(content));
  return writer.close();
}
