import { randomBytes } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { createKeyRing, newWrappedDataKey, rewrap, type WrappedDataKey } from './key-ring';
import { createSecretBox, KeyError } from './secret-box';

const masterKey = randomBytes(32);
const master = createSecretBox(masterKey);
const rows: WrappedDataKey[] = [
  newWrappedDataKey(master, 'encryption'),
  newWrappedDataKey(master, 'index'),
  newWrappedDataKey(master, 'derivation'),
];

describe('key ring (envelope encryption)', () => {
  const ring = createKeyRing(masterKey, rows);

  it('seals with a data key, names it, and opens only in the same context', () => {
    const sealed = ring.seal('Nguyễn Thị Lan', 'person:1:fullName');
    expect(sealed).toMatch(new RegExp(`^e1\\.${rows[0]?.id}\\.`));
    expect(sealed).not.toContain('Lan');
    expect(ring.open(sealed, 'person:1:fullName')).toBe('Nguyễn Thị Lan');
    expect(() => ring.open(sealed, 'person:2:fullName')).toThrow();
  });

  it('seals bytes (attachments) the same way', () => {
    const photo = randomBytes(1000);
    const sealed = ring.sealBytes(photo, 'attachment:9');
    expect(ring.openBytes(sealed, 'attachment:9').equals(photo)).toBe(true);
    expect(() => ring.openBytes(sealed, 'attachment:8')).toThrow();
  });

  it('keeps opening values sealed directly with the master key before envelope encryption', () => {
    expect(ring.open(master.seal('JBSWY3DP', 'totp:u1'), 'totp:u1')).toBe('JBSWY3DP');
  });

  it('makes equal blind indexes for equal keys, and different ones for different keys', () => {
    expect(ring.blindIndex('gy:lan:1998')).toBe(ring.blindIndex('gy:lan:1998'));
    expect(ring.blindIndex('gy:lan:1998')).not.toBe(ring.blindIndex('gy:lan:1999'));
    expect(ring.blindIndex('gy:lan:1998')).toHaveLength(22);
  });

  it('a new active encryption key seals new values; the old one still opens old values', () => {
    const old = ring.seal('old value', 'c');
    const next = newWrappedDataKey(master, 'encryption');
    const rotated = createKeyRing(masterKey, [
      { ...(rows[0] as WrappedDataKey), active: false },
      ...rows.slice(1),
      next,
    ]);
    expect(rotated.seal('new', 'c')).toContain(`e1.${next.id}.`);
    expect(rotated.open(old, 'c')).toBe('old value');
  });

  it('after the master key is rotated, every ciphertext and blind index is unchanged', () => {
    const sealed = ring.seal('0912345678', 'person:1:phone');
    const index = ring.blindIndex('ph:0912345678');
    const newMasterKey = randomBytes(32);
    const rewrapped = rows.map((row) => rewrap(row, master, createSecretBox(newMasterKey)));
    const after = createKeyRing(newMasterKey, rewrapped);
    expect(after.open(sealed, 'person:1:phone')).toBe('0912345678');
    expect(after.blindIndex('ph:0912345678')).toBe(index);
    expect(after.derive('csrf').equals(ring.derive('csrf'))).toBe(true);
    // …and the old master key no longer opens the data keys.
    expect(() => createKeyRing(masterKey, rewrapped)).toThrow(KeyError);
  });
});
