import { errorResponseSchema, seedRoles } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PNG, registerCase, upload } from '../modules/case-work/test-fixtures';
import { createTestApp, type TestApp, TestClient } from '../test-support/test-app';
import { testEngine } from '../test-support/test-database';

let t: TestApp;
let client: TestClient;
let caseId: string;

beforeAll(async () => {
  t = await createTestApp();
  const agency = await t.createAgency('Edge agency', '15');
  const user = await t.createUser(
    'edge.officer',
    agency,
    seedRoles.map((r) => r.code),
  );
  client = new TestClient(t.app);
  expect((await client.signIn(user)).status).toBe(200);
  caseId = await registerCase(client, 'Đỗ Thị Biên');
}, 60_000);
afterAll(() => t.close());

/** A request with a raw body (so a prototype key or a lone surrogate goes out exactly as written). */
async function raw(method: string, path: string, body?: string, language = 'en') {
  const headers: Record<string, string> = {
    'Accept-Language': language,
    Cookie: `lantern_session=${client.cookie}`,
  };
  if (method !== 'GET') headers['X-CSRF-Token'] = client.csrfToken ?? '';
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const response = await t.app.request(path, { method, headers, ...(body !== undefined ? { body } : {}) });
  return { status: response.status, error: errorResponseSchema.parse(await response.json()).error };
}

const fields = (error: { details?: { field: string; code: string }[] | undefined }) =>
  error.details?.map((d) => [d.field, d.code]);

describe(`text PostgreSQL cannot store is refused at the edge, naming the field (${testEngine})`, () => {
  it('a NUL in the sign-in username, before any session, in Vietnamese by default', async () => {
    const response = await t.app.request('/api/auth/sign-in', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ username: 'admin\u0000', password: 'x' }),
    });
    expect(response.status).toBe(400);
    const { error } = errorResponseSchema.parse(await response.json());
    expect(error.code).toBe('validation');
    expect(error.details).toEqual([
      { field: 'username', code: 'invalid_characters', message: expect.stringMatching(/ký tự không hợp lệ/) },
    ]);
  });

  it('a lone surrogate in a note: refused, nothing stored; a real emoji is kept exactly', async () => {
    const refused = await raw('POST', `/api/cases/${caseId}/notes`, '{"body":"chị \\ud800 đã gọi"}', 'ar');
    expect(refused.status).toBe(400);
    expect(fields(refused.error)).toEqual([['body', 'invalid_characters']]);
    expect(refused.error.details?.[0]?.message).toMatch(/أحرف غير مسموح بها/);
    expect((await client.request('GET', `/api/cases/${caseId}/notes`)).json).toEqual([]);
    const kept = await client.request('POST', `/api/cases/${caseId}/notes`, { body: 'Gọi lại 🙂 ngày mai' });
    expect(kept.status).toBe(201);
    const notes = (await client.request('GET', `/api/cases/${caseId}/notes`)).json;
    expect(notes.map((n: { body: string }) => n.body)).toEqual(['Gọi lại 🙂 ngày mai']);
  });

  it('a lone surrogate in a break-the-glass reason (it would break the audit chain)', async () => {
    const reason = JSON.stringify({
      resourceType: 'case',
      resourceId: caseId,
      reason: 'x'.repeat(30),
    }).replace('xxxx', 'x\\udfffx');
    const response = await raw('POST', '/api/access/break-glass', reason);
    expect(response.status).toBe(400);
    expect(fields(response.error)).toEqual([['reason', 'invalid_characters']]);
  });

  it('a NUL in a query parameter, named by its key', async () => {
    const audit = await raw('GET', '/api/audit/events?action=case.%00&limit=5');
    expect(audit.status).toBe(400);
    expect(fields(audit.error)).toEqual([['action', 'invalid_characters']]);
    const cases = await raw('GET', '/api/cases?exploitationType=a%00b');
    expect(fields(cases.error)).toEqual([['exploitationType', 'invalid_characters']]);
  });

  it('a NUL in a path parameter, named by the route', async () => {
    const response = await raw(
      'PATCH',
      '/api/admin/vocabularies/online-platform/local-values/local.a%00',
      JSON.stringify({ labels: { vi: 'Kênh', en: 'Channel', ar: 'قناة' } }),
    );
    expect(response.status).toBe(400);
    expect(fields(response.error)).toEqual([['code', 'invalid_characters']]);
  });
});

describe('bodies that would break a parser, a serialiser or the prototype chain', () => {
  it('refuses nesting deeper than any request needs, however deep, without overflowing', async () => {
    const deep = `${'['.repeat(400_000)}${']'.repeat(400_000)}`;
    const response = await raw('POST', '/api/cases', deep);
    expect(response.status).toBe(400);
    expect(fields(response.error)?.[0]?.[1]).toBe('too_deep');
    expect((await t.app.request('/readyz')).status).toBe(200);
  });

  it('refuses prototype keys and leaves Object.prototype untouched', async () => {
    const response = await raw(
      'POST',
      `/api/cases/${caseId}/notes`,
      '{"body":"x","__proto__":{"isAdmin":true},"constructor":{"prototype":{"polluted":1}}}',
    );
    expect(response.status).toBe(400);
    expect(fields(response.error)).toEqual(
      expect.arrayContaining([
        ['__proto__', 'unrecognized'],
        ['constructor', 'unrecognized'],
      ]),
    );
    expect(({} as Record<string, unknown>).isAdmin).toBeUndefined();
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('multipart uploads', () => {
  const cookie = () => ({
    Cookie: `lantern_session=${client.cookie}`,
    'X-CSRF-Token': client.csrfToken ?? '',
  });

  it('still store and return the file byte for byte', async () => {
    const uploaded = await upload(t.app, client, caseId, { content: PNG, name: 'ảnh hộ chiếu.png' });
    expect(uploaded.status).toBe(201);
    const download = await t.app.request(`/api/cases/${caseId}/attachments/${uploaded.json.id}`, {
      headers: cookie(),
    });
    expect(download.status).toBe(200);
    expect(Buffer.from(await download.arrayBuffer()).equals(PNG)).toBe(true);
  });

  it('refuse a NUL in a text field or a file name, naming it', async () => {
    const badKind = await upload(t.app, client, caseId, { content: PNG, name: 'p.png', kind: 'photo\u0000' });
    expect(badKind.status).toBe(400);
    expect(fields(badKind.json.error)).toEqual([['kind', 'invalid_characters']]);
    const badName = await upload(t.app, client, caseId, { content: PNG, name: 'p\u0000.png' });
    expect(badName.status).toBe(400);
    expect(fields(badName.json.error)).toEqual([['file', 'invalid_characters']]);
  });

  it('answer a multipart body that cannot be read with 400, not 500', async () => {
    const response = await t.app.request(`/api/cases/${caseId}/attachments`, {
      method: 'POST',
      headers: { ...cookie(), 'Content-Type': 'multipart/form-data; boundary=xyz', 'Accept-Language': 'en' },
      body: '--xyz\r\nContent-Disposition: form-data; name="kind"\r\n\r\nphoto',
    });
    expect(response.status).toBe(400);
    expect(errorResponseSchema.parse(await response.json()).error.code).toBe('malformed_form');
  });
});
