import { ATTACHMENT_MAX_BYTES, foldVietnamese } from '@lantern/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import {
  auditActions,
  createCaseTeam,
  dumpDatabase,
  PNG,
  pdfWith,
  registerCase,
  signedInClients,
  upload,
  witnessedConsent,
} from './test-fixtures';

describe(`case attachments (${testEngine})`, () => {
  let t: TestApp;
  let worker: TestUser;
  let support: TestUser;
  let screener: TestUser;
  let coordinator: TestUser;
  let outsider: TestUser;
  const as = signedInClients(() => t, TestClient);
  let caseId = '';
  let pngId = '';
  const marker = 'LANTERN-MARKER-7f3a9c';

  const download = async (client: TestClient, id: string) => {
    const response = await t.app.request(`/api/cases/${caseId}/attachments/${id}`, {
      headers: { Cookie: `lantern_session=${client.cookie}`, 'Accept-Language': 'en' },
    });
    return { response, bytes: Buffer.from(await response.arrayBuffer()) };
  };

  beforeAll(async () => {
    t = await createTestApp();
    const team = await createCaseTeam(t);
    ({ worker, screener, coordinator, outsider } = team);
    support = await t.createUser('support', team.centre, ['service_provider']);
    caseId = await registerCase(await as(worker), 'Nguyễn Thị Lan');
  }, 60_000);
  afterAll(() => t.close());

  it('accepts a PNG, and the download is the same bytes with safe headers; both audited', async () => {
    const client = await as(worker);
    const uploaded = await upload(t.app, client, caseId, {
      content: PNG,
      name: 'CCCD Nguyễn Thị Lan.png',
      type: 'image/png',
      kind: 'photo',
    });
    expect(uploaded.status, JSON.stringify(uploaded.json)).toBe(201);
    expect(uploaded.json).toMatchObject({
      kind: 'photo',
      contentType: 'image/png',
      size: PNG.length,
      fileName: 'CCCD Nguyễn Thị Lan.png',
      uploadedBy: { id: worker.id, displayName: 'worker' },
    });
    pngId = uploaded.json.id;

    const { response, bytes } = await download(client, pngId);
    expect(response.status).toBe(200);
    expect(bytes.equals(PNG)).toBe(true);
    expect(response.headers.get('content-type')).toBe('image/png');
    expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="attachment\.png"/);
    expect(response.headers.get('content-disposition')).toContain(encodeURIComponent('Nguyễn'));
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
    expect(response.headers.get('cache-control')).toBe('no-store');
    const actions = await auditActions(t, caseId);
    expect(actions).toContain('case.attachment_add');
    expect(actions.at(-1)).toBe('case.attachment_download');
  });

  it('lists attachments without content; the file name is shown with identity access and audited', async () => {
    const { status, json } = await (await as(worker)).request('GET', `/api/cases/${caseId}/attachments`);
    expect(status).toBe(200);
    expect(json[0]).toMatchObject({
      id: pngId,
      fileName: 'CCCD Nguyễn Thị Lan.png',
      contentType: 'image/png',
    });
    expect(json[0]).not.toHaveProperty('content');
    expect((await auditActions(t, caseId)).at(-1)).toBe('case.attachments_view');
  });

  it.each([
    ['text claiming to be a PNG', Buffer.from('just some text, honestly an image'), 'image/png', 'notes.png'],
    [
      'HTML claiming to be a PDF',
      Buffer.from('<html><script>alert(1)</script></html>'),
      'application/pdf',
      'a.pdf',
    ],
    ['an empty file', Buffer.alloc(0), 'image/jpeg', 'empty.jpg'],
  ])('refuses %s (415)', async (_, content, type, name) => {
    const refused = await upload(t.app, await as(worker), caseId, { content, name, type });
    expect(refused.status).toBe(415);
    expect(refused.json.error.code).toBe('attachment.unsupported_type');
    expect(refused.json.error.message).toMatch(/PDF, JPEG, PNG or WebP/);
  });

  it('refuses a file over 10 MB (413), whether the file or the whole request is too large', async () => {
    const client = await as(worker);
    const justOver = Buffer.concat([PNG, Buffer.alloc(ATTACHMENT_MAX_BYTES + 1 - PNG.length)]);
    const refused = await upload(t.app, client, caseId, { content: justOver, name: 'big.png' });
    expect(refused.status).toBe(413);
    expect(refused.json.error).toMatchObject({ code: 'attachment.too_large' });
    expect(refused.json.error.message).toContain('10 MB');

    const farOver = Buffer.concat([PNG, Buffer.alloc(ATTACHMENT_MAX_BYTES + 512 * 1024)]);
    const stopped = await upload(t.app, client, caseId, { content: farOver, name: 'bigger.png' });
    expect(stopped.status).toBe(413);
    expect(stopped.json.error.code).toBe('attachment.too_large');

    const exactly = Buffer.concat([PNG, Buffer.alloc(ATTACHMENT_MAX_BYTES - PNG.length)]);
    expect((await upload(t.app, client, caseId, { content: exactly, name: 'max.png' })).status).toBe(201);
    // Three uploads of 10 MB each, one of them sealed and stored: seconds on an embedded engine on a busy runner.
  }, 90_000);

  it('other API requests keep the 1 MB limit', async () => {
    const { status, json } = await (await as(worker)).request('POST', `/api/cases/${caseId}/notes`, {
      body: 'x'.repeat(1024 * 1024 + 10),
    });
    expect(status).toBe(413);
    expect(json.error.code).toBe('payload_too_large');
  });

  it('stores the content and the file name sealed: a marker inside a PDF is nowhere in the database', async () => {
    const uploaded = await upload(t.app, await as(worker), caseId, {
      content: pdfWith(marker),
      name: 'Biên bản - Trần Văn Bình.pdf',
      type: 'application/pdf',
    });
    expect(uploaded.status).toBe(201);
    expect(uploaded.json.contentType).toBe('application/pdf');
    const everything = await dumpDatabase(t);
    expect(everything).not.toContain(marker);
    expect(everything).not.toContain('%PDF-1.4');
    expect(foldVietnamese(everything)).not.toContain(foldVietnamese('Trần Văn Bình.pdf'));
    expect(foldVietnamese(everything)).not.toContain(foldVietnamese('CCCD Nguyễn'));
    const { bytes } = await download(await as(worker), uploaded.json.id);
    expect(bytes.toString('latin1')).toContain(marker);
  });

  it('a signed consent form can be uploaded first and named by the consent', async () => {
    const client = await as(worker);
    const form = await upload(t.app, client, caseId, {
      content: pdfWith('consent'),
      name: 'phieu-dong-y.pdf',
      kind: 'consent_form',
    });
    expect(form.status).toBe(201);
    const consent = await client.request('POST', `/api/cases/${caseId}/consents`, {
      ...witnessedConsent,
      purpose: 'contact',
      method: 'signed_form',
      witness: undefined,
      formAttachmentId: form.json.id,
    });
    expect(consent.status, JSON.stringify(consent.json)).toBe(201);
    expect(consent.json.formAttachmentId).toBe(form.json.id);
    const notAForm = await client.request('POST', `/api/cases/${caseId}/consents`, {
      ...witnessedConsent,
      purpose: 'contact',
      formAttachmentId: pngId,
    });
    expect(notAForm.status).toBe(400);
  });

  it('support staff of the agency upload; screeners and coordinators may not; another agency gets 404', async () => {
    expect((await upload(t.app, await as(support), caseId, { content: PNG, name: 'a.png' })).status).toBe(
      201,
    );
    expect((await upload(t.app, await as(screener), caseId, { content: PNG, name: 'a.png' })).status).toBe(
      403,
    );
    const province = await as(coordinator);
    expect((await upload(t.app, province, caseId, { content: PNG, name: 'a.png' })).status).toBe(403);
    expect((await province.request('GET', `/api/cases/${caseId}/attachments`)).status).toBe(403);
    expect((await download(province, pngId)).response.status).toBe(403);

    const foreign = await as(outsider);
    expect((await upload(t.app, foreign, caseId, { content: PNG, name: 'a.png' })).status).toBe(404);
    expect((await foreign.request('GET', `/api/cases/${caseId}/attachments`)).status).toBe(404);
    expect((await download(foreign, pngId)).response.status).toBe(404);
  });

  it('answers 404 for an attachment of another case', async () => {
    const client = await as(worker);
    const otherCase = await registerCase(client, 'Hoàng Minh Đức', '1990-01-01');
    const response = await t.app.request(`/api/cases/${otherCase}/attachments/${pngId}`, {
      headers: { Cookie: `lantern_session=${client.cookie}` },
    });
    expect(response.status).toBe(404);
  });

  it('refuses an upload without a file', async () => {
    const client = await as(worker);
    const form = new FormData();
    form.set('kind', 'photo');
    const response = await t.app.request(`/api/cases/${caseId}/attachments`, {
      method: 'POST',
      headers: { Cookie: `lantern_session=${client.cookie}`, 'X-CSRF-Token': client.csrfToken ?? '' },
      body: form,
    });
    expect(response.status).toBe(400);
    const json = (await response.json()) as { error: { details: { field: string }[] } };
    expect(json.error.details.map((d) => d.field)).toContain('file');
  });
});
