import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import type { LanternApp } from '../../app';
import { runInRequestTransaction } from '../../db/request-transaction';
import type { Tx } from '../../db/types';
import type { TestApp, TestClient, TestUser } from '../../test-support/test-app';

// Fixtures shared by the case-work integration tests (and the route matrix). Test-only: nothing in the
// server imports this file.

export const witnessedConsent = {
  purpose: 'services',
  method: 'verbal_witnessed',
  witness: 'Trần Văn Bình',
  language: 'vie',
  obtainedOn: '2026-11-20',
  givenBy: 'person',
};

/** A signed consent to share the case with the agencies or kinds of agency `scope` names. */
export const sharingConsent = (scope: {
  sharingAgencyIds?: string[];
  sharingAgencyTypes?: string[];
  formAttachmentId?: string;
}) => ({
  purpose: 'sharing',
  method: 'signed_form',
  language: 'vie',
  obtainedOn: '2026-11-21',
  givenBy: 'person',
  ...scope,
});

/** A registration body for a synthetic adult (a different name per case, so none is a probable duplicate). */
export function registration(fullName: string, dateOfBirth = '1998-03-12') {
  return {
    person: {
      identity: { fullName, dateOfBirth, phones: [], addresses: [] },
      profile: { sex: 'Feminine', homeProvinceCode: '42', languages: ['vie'] },
    },
    case: {
      receivedOn: '2026-11-20',
      intakeRoute: 'vn.ReturnedByForeignAuthorities',
      exploitationTypes: ['vn.ForcedOnlineScam'],
    },
    consents: [witnessedConsent],
  };
}

export async function registerCase(client: TestClient, fullName: string, dateOfBirth?: string) {
  const { status, json } = await client.request('POST', '/api/cases', registration(fullName, dateOfBirth));
  expect(status, JSON.stringify(json)).toBe(201);
  return json.id as string;
}

/**
 * The people around one case at a Hà Tĩnh centre: its case worker, a screener there, the province's
 * coordinator (at the health and social office) and a supervisor of a centre in Nghệ An, outside it all.
 */
export async function createCaseTeam(t: TestApp) {
  const centre = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42');
  const office = await t.createAgency('Sở Y tế Hà Tĩnh', '42', 'provincial_health_social_protection');
  const otherCentre = await t.createAgency('Trung tâm CTXH Nghệ An', '40');
  return {
    centre,
    worker: await t.createUser('worker', centre, ['case_worker']),
    screener: await t.createUser('screener', centre, ['frontline_screener']),
    coordinator: await t.createUser('coordinator', office, ['provincial_coordinator']),
    outsider: await t.createUser('outsider', otherCentre, ['supervisor']),
  };
}

/** A TOTP code is accepted once per user and time step: each user signs in once, and the client is reused. */
export function signedInClients(t: () => TestApp, Client: typeof TestClient) {
  const clients = new Map<string, TestClient>();
  return async function as(user: TestUser): Promise<TestClient> {
    const existing = clients.get(user.username);
    if (existing) return existing;
    const client = new Client(t().app);
    expect((await client.signIn(user)).status).toBe(200);
    clients.set(user.username, client);
    return client;
  };
}

/** The smallest valid PNG (1×1 pixel). */
export const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==',
  'base64',
);

/** A one-page PDF whose text is `marker`. */
export function pdfWith(marker: string): Buffer {
  return Buffer.from(
    `%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n3 0 obj << /Type /Page /Parent 2 0 R /Contents 4 0 R >> endobj\n4 0 obj << /Length 44 >> stream\nBT /F1 12 Tf 72 720 Td (${marker}) Tj ET\nendstream endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n`,
    'latin1',
  );
}

/** A multipart upload as the browser sends it, within the client's session. */
export async function upload(
  app: LanternApp,
  client: TestClient,
  caseId: string,
  file: { content: Uint8Array; name: string; type?: string; kind?: string },
) {
  const form = new FormData();
  form.set('kind', file.kind ?? 'document');
  form.set('file', new File([file.content], file.name, { type: file.type ?? 'application/octet-stream' }));
  const headers: Record<string, string> = { 'Accept-Language': 'en' };
  if (client.cookie) headers.Cookie = `lantern_session=${client.cookie}`;
  if (client.csrfToken) headers['X-CSRF-Token'] = client.csrfToken;
  const response = await app.request(`/api/cases/${caseId}/attachments`, {
    method: 'POST',
    headers,
    body: form,
  });
  const text = await response.text();
  return { status: response.status, json: text ? JSON.parse(text) : undefined };
}

/**
 * Every table, every row, as the schema owner sees it; binary columns as raw bytes (latin1), so a value
 * stored in the clear inside a bytea would be found too.
 */
export async function dumpDatabase(t: TestApp): Promise<string> {
  const tables = await t.testDb.asOwner((o) =>
    o.query<{ table_name: string }>(
      `select table_name from information_schema.tables where table_schema = 'public'`,
    ),
  );
  const dump: string[] = [];
  for (const { table_name } of tables.rows) {
    const rows = await t.testDb.asOwner((o) =>
      o.query<Record<string, unknown>>(`select * from "${table_name}"`),
    );
    for (const row of rows.rows)
      dump.push(
        JSON.stringify(row, (_key, value) =>
          value instanceof Uint8Array
            ? Buffer.from(value).toString('latin1')
            : value?.type === 'Buffer' && Array.isArray(value.data)
              ? Buffer.from(value.data).toString('latin1')
              : value,
        ),
      );
  }
  return dump.join('\n');
}

export async function auditActions(t: TestApp, caseId: string): Promise<string[]> {
  const { rows } = await t.testDb.asOwner((o) =>
    o.query<{ action: string }>('select action from audit_events where resource_id = $1 order by seq', [
      caseId,
    ]),
  );
  return rows.map((row) => row.action);
}

export async function auditCount(t: TestApp): Promise<number> {
  const { rows } = await t.testDb.asOwner((o) =>
    o.query<{ n: number }>('select count(*)::int as n from audit_events'),
  );
  return rows[0]?.n ?? 0;
}

/** Runs `work` in a request transaction as `user` would (row-level security applies). */
export function asRequest<T>(
  t: TestApp,
  user: TestUser,
  permissions: string[],
  work: (tx: Tx) => Promise<T>,
) {
  return runInRequestTransaction(
    t.testDb.database.db,
    { requestId: randomUUID(), actorId: user.id, agencyId: user.agencyId, permissions },
    work,
  );
}
