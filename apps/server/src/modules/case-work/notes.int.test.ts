import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { newId } from '../../lib/ids';
import { createTestApp, type TestApp, TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { auditActions, dumpDatabase, registerCase, signedInClients } from './test-fixtures';

describe(`case notes (${testEngine})`, () => {
  let t: TestApp;
  let author: TestUser;
  let plain: TestUser;
  let supervisor: TestUser;
  let psychologist: TestUser;
  let support: TestUser;
  let coordinator: TestUser;
  let outsider: TestUser;
  const as = signedInClients(() => t, TestClient);
  let caseId = '';
  const notes: Record<string, string> = {};

  const bodiesSeenBy = async (user: TestUser): Promise<string[]> => {
    const { status, json } = await (await as(user)).request('GET', `/api/cases/${caseId}/notes`);
    expect(status, JSON.stringify(json)).toBe(200);
    return json.map((note: { body: string }) => note.body);
  };

  beforeAll(async () => {
    t = await createTestApp();
    const centre = await t.createAgency('Trung tâm CTXH Hà Tĩnh', '42');
    const office = await t.createAgency('Sở Y tế Hà Tĩnh', '42', 'provincial_health_social_protection');
    const otherCentre = await t.createAgency('Trung tâm CTXH Nghệ An', '40');
    // An installation-defined role that may read restricted notes, besides the seeded supervisor.
    await t.testDb.asOwner(async (owner) => {
      const id = newId();
      await owner.query('insert into roles (id, code, permissions) values ($1, $2, $3)', [
        id,
        'psychologist',
        ['case.read', 'case.read_identity', 'case.read_restricted_notes'],
      ]);
      await recordSystemAudit(owner, { action: 'test.role', resourceType: 'role', resourceId: id });
    });
    author = await t.createUser('author', centre, ['case_worker']);
    plain = await t.createUser('plain', centre, ['case_worker']);
    supervisor = await t.createUser('supervisor', centre, ['supervisor']);
    psychologist = await t.createUser('psychologist', centre, ['psychologist']);
    support = await t.createUser('support', centre, ['service_provider']);
    coordinator = await t.createUser('coordinator', office, ['provincial_coordinator']);
    outsider = await t.createUser('outsider', otherCentre, ['supervisor']);
    caseId = await registerCase(await as(author), 'Nguyễn Thị Lan');

    const client = await as(author);
    for (const [name, body] of [
      ['normal', { body: 'Gặp chị Lan tại trung tâm; chị cần hỗ trợ pháp lý.' }],
      [
        'restricted',
        { body: 'Lời kể về bạo lực (hạn chế, mọi người đọc ghi chú hạn chế).', sensitivity: 'restricted' },
      ],
      [
        'supervisors',
        {
          body: 'Mối đe dọa an toàn: chỉ giám sát viên.',
          sensitivity: 'restricted',
          restrictedToRoles: ['supervisor'],
        },
      ],
      [
        'psychologists',
        {
          body: 'Đánh giá tâm lý: chỉ chuyên viên tâm lý.',
          sensitivity: 'restricted',
          restrictedToRoles: ['psychologist'],
        },
      ],
    ] as const) {
      const added = await client.request('POST', `/api/cases/${caseId}/notes`, body);
      expect(added.status, JSON.stringify(added.json)).toBe(201);
      notes[name] = added.json.body;
    }
  }, 60_000);
  afterAll(() => t.close());

  it('the author reads all their notes, newest first', async () => {
    expect(await bodiesSeenBy(author)).toEqual([
      notes.psychologists,
      notes.supervisors,
      notes.restricted,
      notes.normal,
    ]);
  });

  it('a supervisor reads restricted notes open to all readers and to supervisors, not those for other roles', async () => {
    expect(await bodiesSeenBy(supervisor)).toEqual([notes.supervisors, notes.restricted, notes.normal]);
  });

  it('a reader in another named role reads only the notes for that role', async () => {
    expect(await bodiesSeenBy(psychologist)).toEqual([notes.psychologists, notes.restricted, notes.normal]);
  });

  it('a case worker without the permission gets no trace of restricted notes, in notes or timeline', async () => {
    expect(await bodiesSeenBy(plain)).toEqual([notes.normal]);
    const timeline = await (await as(plain)).request('GET', `/api/cases/${caseId}/timeline`);
    const added = timeline.json.filter((e: { kind: string }) => e.kind === 'note.added');
    expect(added.map((e: { details: { sensitivity: string } }) => e.details.sensitivity)).toEqual(['normal']);
    const own = await (await as(author)).request('GET', `/api/cases/${caseId}/timeline`);
    expect(own.json.filter((e: { kind: string }) => e.kind === 'note.added')).toHaveLength(4);
  });

  it('reading notes is audited; adding one is audited and on the timeline', async () => {
    const actions = await auditActions(t, caseId);
    expect(actions.filter((a) => a === 'case.note_add')).toHaveLength(4);
    expect(actions).toContain('case.notes_view');
    const { rows } = await t.testDb.asOwner((o) =>
      o.query<{ details: Record<string, unknown> }>(
        `select details from audit_events where action like 'case.note%' and resource_id = $1`,
        [caseId],
      ),
    );
    expect(JSON.stringify(rows)).not.toMatch(/Lan|hạn chế|giám sát/);
  });

  it('keeps note bodies sealed in the database', async () => {
    const everything = await dumpDatabase(t);
    for (const body of Object.values(notes)) expect(everything).not.toContain(body);
    expect(everything).not.toContain('hỗ trợ pháp lý');
  });

  it('support staff of the owning agency add notes; coordinators may not read them', async () => {
    const added = await (await as(support)).request('POST', `/api/cases/${caseId}/notes`, {
      body: 'Đã đưa chị đi khám sức khỏe.',
    });
    expect(added.status).toBe(201);
    expect(added.json.author).toEqual({ id: support.id, displayName: 'support' });
    expect((await (await as(coordinator)).request('GET', `/api/cases/${caseId}/notes`)).status).toBe(403);
  });

  it.each([
    [
      'roles that cannot read restricted notes',
      { body: 'x', sensitivity: 'restricted', restrictedToRoles: ['case_worker'] },
      'restrictedToRoles.0',
      'role_cannot_read_restricted',
    ],
    [
      'roles on a normal note',
      { body: 'x', restrictedToRoles: ['supervisor'] },
      'restrictedToRoles',
      'only_for_restricted',
    ],
    ['an empty note', { body: '   ' }, 'body', 'required'],
  ])('refuses %s', async (_, body, field, code) => {
    const { status, json } = await (await as(author)).request('POST', `/api/cases/${caseId}/notes`, body);
    expect(status).toBe(400);
    expect(json.error.details).toContainEqual(expect.objectContaining({ field, code }));
    expect(json.error.details[0].message).not.toMatch(/^errors\./);
  });

  it('another agency is told the case does not exist', async () => {
    const client = await as(outsider);
    expect((await client.request('GET', `/api/cases/${caseId}/notes`)).status).toBe(404);
    expect((await client.request('POST', `/api/cases/${caseId}/notes`, { body: 'x' })).status).toBe(404);
  });
});
