import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { KeyError } from '../lib/secret-box';
import { createTestDatabase, type TestDatabase, testEngine } from '../test-support/test-database';
import { openKeyRing } from './data-keys';
import { rotateMasterKey } from './rotate-master-key';

let testDb: TestDatabase;
beforeAll(async () => {
  testDb = await createTestDatabase();
});
afterAll(() => testDb.close());

describe(`master key rotation (${testEngine})`, () => {
  it('re-wraps the data keys: old ciphertexts and blind indexes stay valid under the new key only', async () => {
    const oldKey = randomBytes(32);
    const newKey = randomBytes(32);
    const before = await openKeyRing(testDb.database, oldKey);
    const sealed = before.seal('Nguyễn Thị Lan', 'person:1:fullName');
    const index = before.blindIndex('gy:lan:1998');

    const outcome = await rotateMasterKey(testDb.database, oldKey, newKey);
    expect(outcome.dataKeys).toBe(3);

    const after = await openKeyRing(testDb.database, newKey);
    expect(after.open(sealed, 'person:1:fullName')).toBe('Nguyễn Thị Lan');
    expect(after.blindIndex('gy:lan:1998')).toBe(index);
    // The server that was already running keeps working with the keys it holds.
    expect(before.open(after.seal('x', 'c'), 'c')).toBe('x');
    await expect(openKeyRing(testDb.database, oldKey)).rejects.toThrow(KeyError);

    const audit = await testDb.asOwner((o) =>
      o.query<{ action: string }>(`select action from audit_events where action = 'system.keys.rotate'`),
    );
    expect(audit.rows).toHaveLength(1);
  });

  it('refuses a key that does not open the data keys, changing nothing', async () => {
    await expect(rotateMasterKey(testDb.database, randomBytes(32), randomBytes(32))).rejects.toThrow(
      KeyError,
    );
  });
});
