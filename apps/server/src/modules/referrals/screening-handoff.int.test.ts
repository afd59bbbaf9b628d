import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registration } from '../case-work/test-fixtures';
import { escalateReferrals } from './escalate-referrals';
import { createReferralWorld, notificationsOf, type ReferralWorld } from './test-world';

// The hand-off of an anonymous screening from the agency that made it to the agency that must act on it.

const consent = () => ({ givenBy: 'person', method: 'verbal', at: new Date().toISOString() });

describe('screening hand-off', () => {
  let world: ReferralWorld;
  const screen = async (provinceCode = '42') => {
    const { status, json } = await world.client('guard').request('POST', '/api/screenings', {
      screenedAt: new Date().toISOString(),
      consentToInterview: true,
      interviewLanguage: 'vie',
      interpreterUsed: false,
      provinceCode,
      responses: [
        { instrumentId: 'act-means-purpose', instrumentVersion: 1, answers: { 'age-group': 'adult' } },
      ],
    });
    expect(status, JSON.stringify(json)).toBe(201);
    return json.id as string;
  };
  const send = (screeningId: string, body: Record<string, unknown>) =>
    world.client('guard').request('POST', `/api/screenings/${screeningId}/referrals`, body);

  beforeAll(async () => {
    world = await createReferralWorld();
  }, 120_000);
  afterAll(() => world.t.close());

  it('refuses to send without the person’s consent, naming the field', async () => {
    const screeningId = await screen();
    const { status, json } = await send(screeningId, { agencyId: world.agencies.centre });
    expect(status).toBe(400);
    expect(json.error.details).toEqual([expect.objectContaining({ field: 'consent', code: 'required' })]);
    const list = await world.client('worker').request('GET', '/api/referrals?kind=screening');
    expect(list.json.items.some((item: { screeningId: string }) => item.screeningId === screeningId)).toBe(
      false,
    );
  });

  it('lets the receiving agency read the sent screening, and nobody else', async () => {
    const sent = await screen();
    const kept = await screen();
    expect((await world.client('worker').request('GET', `/api/screenings/${sent}`)).status).toBe(404);
    const { status, json } = await send(sent, { agencyId: world.agencies.centre, consent: consent() });
    expect(status, JSON.stringify(json)).toBe(201);
    expect(json).toMatchObject({ kind: 'screening', screeningId: sent, caseId: null, status: 'sent' });

    const read = await world.client('worker').request('GET', `/api/screenings/${sent}`);
    expect(read.status).toBe(200);
    expect(read.json.responses).toHaveLength(1);
    expect((await world.client('worker').request('GET', `/api/screenings/${kept}`)).status).toBe(404);
    expect((await world.client('outsider').request('GET', `/api/screenings/${sent}`)).status).toBe(404);
    // The receiver's own screening list stays its own: a sent screening is acted on from the inbox.
    const own = await world.client('worker').request('GET', '/api/screenings');
    expect(own.json.items.some((item: { id: string }) => item.id === sent)).toBe(false);

    const inbox = await world.client('worker').request('GET', '/api/referrals?kind=screening');
    expect(inbox.json.items.map((item: { screeningId: string }) => item.screeningId)).toContain(sent);
    expect(await notificationsOf(world, world.users.worker, 'screening_received')).toContainEqual(
      expect.objectContaining({ screeningId: sent }),
    );
    expect((await send(sent, { agencyId: world.agencies.centre, consent: consent() })).status).toBe(409);
  });

  it('registering a case from the screening completes the hand-off, links it and tells the sender', async () => {
    const screeningId = await screen();
    const { json: referral } = await send(screeningId, {
      agencyId: world.agencies.centre,
      consent: consent(),
    });
    const body = { ...registration('Lò Thị Hoa', '1999-04-02'), screeningId };
    const created = await world.client('worker').request('POST', '/api/cases', body);
    expect(created.status, JSON.stringify(created.json)).toBe(201);
    expect(created.json.screeningIds).toEqual([screeningId]);

    const after = await world.client('worker').request('GET', `/api/referrals/${referral.id}`);
    expect(after.json).toMatchObject({ status: 'completed', outcome: 'case_registered' });
    expect(await notificationsOf(world, world.users.guard, 'screening_acted_on')).toContainEqual(
      expect.objectContaining({ referralId: referral.id, outcome: 'case_registered' }),
    );
    // The case stays the receiver's: the sender learns it was acted on, not the case.
    expect((await world.client('guard').request('GET', `/api/cases/${created.json.id}`)).status).toBe(404);
    expect((await world.client('worker').request('GET', `/api/screenings/${screeningId}`)).status).toBe(200);
  });

  it('attaches the screening to an existing case of the receiver', async () => {
    const screeningId = await screen();
    const { json: referral } = await send(screeningId, {
      agencyId: world.agencies.centre,
      consent: consent(),
    });
    const existing = await world
      .client('worker')
      .request('POST', '/api/cases', registration('Vi Văn Nam', '1990-01-05'));
    expect(existing.status).toBe(201);
    const attach = (client: 'worker' | 'outsider', caseId: string) =>
      world.client(client).request('POST', `/api/referrals/${referral.id}/attach`, { caseId });
    expect((await attach('outsider', existing.json.id)).status).toBe(404);
    const { status, json } = await attach('worker', existing.json.id);
    expect(status, JSON.stringify(json)).toBe(200);
    expect(json).toMatchObject({ status: 'completed', outcome: 'case_attached' });
    const kase = await world.client('worker').request('GET', `/api/cases/${existing.json.id}`);
    expect(kase.json.screeningIds).toContain(screeningId);
    expect((await attach('worker', existing.json.id)).status).toBe(409);
  });

  it('a declined screening closes the door again; an unanswered urgent one escalates and expires', async () => {
    const declined = await screen();
    const { json: first } = await send(declined, { agencyId: world.agencies.centre, consent: consent() });
    const no = await world.client('worker').request('POST', `/api/referrals/${first.id}/decline`, {
      reason: 'vn.NoCapacity',
    });
    expect(no.status, JSON.stringify(no.json)).toBe(200);
    expect((await world.client('worker').request('GET', `/api/screenings/${declined}`)).status).toBe(404);

    const unanswered = await screen();
    const { json: second } = await send(unanswered, {
      agencyId: world.agencies.centre,
      urgency: 'urgent',
      consent: consent(),
    });
    const sentAt = new Date(second.sentAt).getTime();
    await escalateReferrals(world.t.testDb.database, new Date(sentAt + 25 * 3_600_000));
    const late = await world.client('guard').request('GET', `/api/referrals/${second.id}`);
    expect(late.json).toMatchObject({ status: 'sent', escalationLevel: 1 });
    await escalateReferrals(world.t.testDb.database, new Date(sentAt + 73 * 3_600_000));
    const expired = await world.client('guard').request('GET', `/api/referrals/${second.id}`);
    expect(expired.json.status).toBe('expired');
    expect((await world.client('worker').request('GET', `/api/screenings/${unanswered}`)).status).toBe(404);
  });

  it('refuses the default recipient when it is the screener’s own agency (it registers the case itself)', async () => {
    const { json: made } = await world.client('worker').request('POST', '/api/screenings', {
      screenedAt: new Date().toISOString(),
      consentToInterview: true,
      interviewLanguage: 'vie',
      interpreterUsed: false,
      provinceCode: '42',
      responses: [
        { instrumentId: 'act-means-purpose', instrumentVersion: 1, answers: { 'age-group': 'adult' } },
      ],
    });
    const { status, json } = await world
      .client('worker')
      .request('POST', `/api/screenings/${made.id}/referrals`, { consent: consent() });
    expect(status, JSON.stringify(json)).toBe(400);
    expect(json.error.details).toEqual([
      expect.objectContaining({ field: 'agencyId', code: 'sent_to_self' }),
    ]);
  });

  it('sends to the province’s competent agency by default, configured or its social work centre', async () => {
    const screeningId = await screen('42');
    const proposed = await world.client('guard').request('GET', `/api/screenings/${screeningId}/recipient`);
    expect(proposed.json).toMatchObject({ source: 'fallback', agency: { id: world.agencies.centre } });

    const set = (client: 'coordinator' | 'worker', code: string) =>
      world.client(client).request('PUT', `/api/provinces/${code}/receiving-agency`, {
        agencyId: world.agencies.shelter,
      });
    expect((await set('worker', '42')).status).toBe(403);
    expect((await set('coordinator', '40')).status).toBe(403);
    const configured = await set('coordinator', '42');
    expect(configured.status, JSON.stringify(configured.json)).toBe(200);
    expect(configured.json).toMatchObject({ source: 'configured', agency: { id: world.agencies.shelter } });

    const { status, json } = await send(screeningId, { consent: consent() });
    expect(status, JSON.stringify(json)).toBe(201);
    expect(json.to.id).toBe(world.agencies.shelter);
    expect((await world.client('outsider').request('GET', `/api/screenings/${screeningId}`)).status).toBe(
      200,
    );
    expect((await world.client('worker').request('GET', `/api/screenings/${screeningId}`)).status).toBe(404);
  });
});
