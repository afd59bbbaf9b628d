import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, signedInClient, type TestApp } from '../../test-support/test-app';
import { seedDemoContacts } from './demo-contacts';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(() => t?.close());

describe('demo one-stop office contacts', () => {
  it('gives every one-stop office six months of contacts the office reads as its own, notes sealed', async () => {
    const office = await t.createAgency('Văn phòng hỗ trợ một cửa An Giang', '91', 'womens_union_one_stop');
    const user = await t.createUser('demo.intake', office, ['one_stop_intake'], { demo: true });
    const seeded = await t.testDb.asOwner((session) => seedDemoContacts(session, t.secrets));
    expect(seeded).toBeGreaterThan(100);
    const client = await signedInClient(t.app, user);
    const counts = (await client.request('GET', '/api/contacts/counts')).json;
    expect(counts.total).toBeGreaterThan(0);
    expect(counts.byChannel.map((entry: { code: string }) => entry.code)).toContain('hotline');
    const list = (await client.request('GET', '/api/contacts?limit=100')).json;
    const noted = list.items.find((contact: { hasNote: boolean }) => contact.hasNote);
    expect((await client.request('GET', `/api/contacts/${noted.id}`)).json.note).toMatch(/\S/);
  });
});
