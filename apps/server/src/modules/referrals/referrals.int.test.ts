import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { queryRows } from '../../db/query-rows';
import { testEngine } from '../../test-support/test-database';
import { asRequest, auditActions } from '../case-work/test-fixtures';
import { createReferralWorld, notificationsOf, type ReferralWorld, refer, referralTo } from './test-world';

describe(`referrals between agencies (${testEngine})`, () => {
  let w: ReferralWorld;
  beforeAll(async () => {
    w = await createReferralWorld();
  }, 120_000);
  afterAll(() => w.t.close());

  describe('the consent gate', () => {
    it('refuses a referral no sharing consent covers, in the caller’s language, and writes nothing', async () => {
      const caseId = await w.caseOfBorderPost('Hồ Thị Lan', []);
      const refused = await w
        .client('guard')
        .request('POST', `/api/cases/${caseId}/referrals`, referralTo(w.agencies.centre), {
          'Accept-Language': 'vi',
        });
      expect(refused.status).toBe(409);
      expect(refused.json.error.code).toBe('referral.no_consent');
      expect(refused.json.error.message).toContain('chưa đồng ý');
      const { rows } = await w.t.testDb.asOwner((o) =>
        o.query('select id from referrals where case_id = $1', [caseId]),
      );
      expect(rows).toEqual([]);
    });

    it('lets a supervisor override with a reason: recorded, audited, the sender’s supervisors told', async () => {
      const caseId = await w.caseOfBorderPost('Vi Thị Hằng', []);
      const body = referralTo(w.agencies.centre, [], {
        consentOverride: { reason: 'Child alone at the border at night; guardian unreachable' },
      });
      const byWorker = await w.client('guard').request('POST', `/api/cases/${caseId}/referrals`, body);
      expect(byWorker.status).toBe(403);
      const sent = await w.client('guardChief').request('POST', `/api/cases/${caseId}/referrals`, body);
      expect(sent.status, JSON.stringify(sent.json)).toBe(201);
      expect(sent.json.consentOverridden).toBe(true);
      expect(await auditActions(w.t, sent.json.id)).toEqual(['referral.send_override']);
      const dump = await w.t.testDb.asOwner((o) =>
        o.query<{ t: string }>('select row_to_json(r)::text as t from referrals r where id = $1', [
          sent.json.id,
        ]),
      );
      expect(dump.rows[0]?.t).not.toContain('guardian unreachable');
      // The recipient reads the case although no consent names it: the override is the one way in.
      expect((await w.client('worker').request('GET', `/api/cases/${caseId}`)).status).toBe(200);
    });
  });

  describe('scoped sharing', () => {
    let plain = '';
    let withNotes = '';
    beforeAll(async () => {
      plain = await w.caseOfBorderPost('Lò Thị Mai');
      withNotes = await w.caseOfBorderPost('Sùng Thị Dua');
      await refer(w, plain, referralTo(w.agencies.centre));
      await refer(w, withNotes, referralTo(w.agencies.centre, ['identity', 'notes']));
      for (const caseId of [plain, withNotes]) {
        const note = await w.client('guard').request('POST', `/api/cases/${caseId}/notes`, {
          body: 'Người nhà ở xã Mường Lống đã được báo tin.',
          sensitivity: 'normal',
        });
        expect(note.status, JSON.stringify(note.json)).toBe(201);
      }
    }, 60_000);

    it('the recipient reads the profile only, unless the sender opened more', async () => {
      const read = await w.client('worker').request('GET', `/api/cases/${plain}`);
      expect(read.status).toBe(200);
      expect(read.json).toMatchObject({ access: 'referral', identity: null, referralSections: [] });
      expect(read.json.profile?.sex).toBe('Feminine');
      expect(read.json.exploitationTypes).toEqual(['vn.ForcedOnlineScam']);
      expect(read.json.journey).toEqual({});
      expect((await w.client('worker').request('GET', `/api/cases/${plain}/notes`)).status).toBe(403);
      const opened = await w.client('worker').request('GET', `/api/cases/${withNotes}`);
      expect(opened.json.identity?.fullName).toBe('Sùng Thị Dua');
      const notes = await w.client('worker').request('GET', `/api/cases/${withNotes}/notes`);
      expect(notes.status).toBe(200);
      expect(notes.json.map((n: { body: string }) => n.body)).toEqual([
        'Người nhà ở xã Mường Lống đã được báo tin.',
      ]);
    });

    it('the database wall: notes of a case referred without them are invisible to the recipient’s role', async () => {
      const notesOf = (caseId: string) =>
        asRequest(w.t, w.users.worker, ['case.read', 'case.read_identity'], (tx) =>
          queryRows<{ id: string }>(tx, sql`select id from case_notes where case_id = ${caseId}`),
        );
      expect(await notesOf(plain)).toEqual([]);
      expect(await notesOf(withNotes)).toHaveLength(1);
    });

    it('lists the referred case in the recipient’s case list; an agency outside sees nothing', async () => {
      const list = await w.client('worker').request('GET', '/api/cases');
      expect(list.json.items.map((item: { id: string }) => item.id)).toEqual(expect.arrayContaining([plain]));
      expect((await w.client('outsider').request('GET', `/api/cases/${plain}`)).status).toBe(404);
    });
  });

  describe('the lifecycle', () => {
    it('sent → accepted → in progress → completed, on both timelines; access ends with it', async () => {
      const caseId = await w.caseOfBorderPost('Giàng Thị Sua');
      const id = await refer(w, caseId, referralTo(w.agencies.centre, ['identity']));
      const inbox = await w.client('worker').request('GET', '/api/referrals?direction=incoming&status=open');
      const row = inbox.json.items.find((item: { id: string }) => item.id === id);
      expect(row).toMatchObject({ status: 'sent', direction: 'incoming', actions: ['accept', 'decline'] });
      expect(
        (await notificationsOf(w, w.users.worker, 'referral_received')).map((d) => d.referralId),
      ).toContain(id);
      const counts = await w.client('worker').request('GET', '/api/referrals/counts');
      expect(counts.json.awaitingAnswer).toBeGreaterThan(0);
      const accepted = await w.client('worker').request('POST', `/api/referrals/${id}/accept`, {});
      expect(accepted.json).toMatchObject({ status: 'accepted', actions: ['start', 'complete'] });
      expect((await w.client('provider').request('POST', `/api/referrals/${id}/start`, {})).status).toBe(200);
      const timeline = await w.client('worker').request('GET', `/api/cases/${caseId}/timeline`);
      expect(timeline.json.map((e: { kind: string }) => e.kind)).toEqual(
        expect.arrayContaining(['referral.sent', 'referral.accept', 'referral.start']),
      );
      const done = await w.client('provider').request('POST', `/api/referrals/${id}/complete`, {
        outcome: 'vn.Delivered',
        note: 'Đã bố trí chỗ ở tại nhà tạm lánh.',
      });
      expect(done.json).toMatchObject({
        status: 'completed',
        outcome: 'vn.Delivered',
        outcomeNote: 'Đã bố trí chỗ ở tại nhà tạm lánh.',
      });
      expect((await w.client('worker').request('GET', `/api/cases/${caseId}`)).status).toBe(404);
      const sender = await w.client('guard').request('GET', `/api/referrals/${id}`);
      expect(sender.json).toMatchObject({
        status: 'completed',
        direction: 'outgoing',
        outcome: 'vn.Delivered',
      });
      const senderTimeline = await w.client('guard').request('GET', `/api/cases/${caseId}/timeline`);
      expect(senderTimeline.json.map((e: { kind: string }) => e.kind)).toContain('referral.complete');
      expect((await notificationsOf(w, w.users.guard, 'referral_answered')).map((d) => d.status)).toContain(
        'completed',
      );
      expect(await auditActions(w.t, id)).toEqual(
        expect.arrayContaining([
          'referral.send',
          'referral.accept',
          'referral.start',
          'referral.complete',
          'referral.view',
        ]),
      );
    });

    it('two users accepting at once: one wins, the other is told it was answered', async () => {
      const caseId = await w.caseOfBorderPost('Thào Thị Pằng');
      const id = await refer(w, caseId, referralTo(w.agencies.centre));
      const answers = await Promise.all([
        w.client('worker').request('POST', `/api/referrals/${id}/accept`, {}),
        w.client('centreChief').request('POST', `/api/referrals/${id}/accept`, {}),
      ]);
      expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
      expect(answers.find((a) => a.status === 409)?.json.error.code).toBe('referral.already_answered');
      expect(await auditActions(w.t, id)).toEqual(['referral.send', 'referral.accept']);
    });

    it('declining needs a reason; a revoked referral cannot be answered and its access ends', async () => {
      const caseId = await w.caseOfBorderPost('Mùa Thị Chá');
      const id = await refer(w, caseId, referralTo(w.agencies.centre));
      const bare = await w.client('worker').request('POST', `/api/referrals/${id}/decline`, {});
      expect(bare.status).toBe(400);
      expect(bare.json.error.details).toContainEqual(expect.objectContaining({ field: 'reason' }));
      expect((await w.client('worker').request('POST', `/api/referrals/${id}/revoke`, {})).status).toBe(403);
      const revoked = await w
        .client('guard')
        .request('POST', `/api/referrals/${id}/revoke`, { note: 'Gia đình đã đón về.' });
      expect(revoked.json).toMatchObject({ status: 'revoked', endedBecause: 'sender' });
      expect((await w.client('worker').request('GET', `/api/cases/${caseId}`)).status).toBe(404);
      const late = await w.client('worker').request('POST', `/api/referrals/${id}/accept`, {});
      expect(late.status).toBe(409);
      expect(late.json.error.code).toBe('referral.revoked');
      expect(
        (await notificationsOf(w, w.users.provider, 'referral_revoked')).map((d) => d.referralId),
      ).toContain(id);
    });
  });

  describe('bad input', () => {
    let caseId = '';
    beforeAll(async () => {
      caseId = await w.caseOfBorderPost('Lầu Thị Dợ');
    });
    const send = (body: Record<string, unknown>) =>
      w.client('guard').request('POST', `/api/cases/${caseId}/referrals`, body, { 'Accept-Language': 'en' });

    it.each([
      [
        'an unknown recipient',
        referralTo('0193a7b2-0000-7000-8000-000000000000'),
        'agencyId',
        'unknown_agency',
      ],
      ['its own agency', { agencyId: 'own' }, 'agencyId', 'own_agency'],
      ['notes without identity', referralTo('centre', ['notes']), 'sections', 'requires_identity'],
      [
        'a deadline in the past',
        referralTo('centre', [], { completeBy: '2020-01-01T00:00:00Z' }),
        'completeBy',
        'in_past',
      ],
      [
        'a service that does not exist',
        referralTo('centre', [], { services: ['vn.Teleportation'] }),
        'services.0',
        'invalid_value',
      ],
    ])('%s: 400 naming the field', async (_label, body, field, code) => {
      const resolved = {
        ...referralTo(w.agencies.centre),
        ...body,
        agencyId:
          body.agencyId === 'own'
            ? w.agencies.border
            : body.agencyId === 'centre'
              ? w.agencies.centre
              : body.agencyId,
      };
      const refused = await send(resolved);
      expect(refused.status, JSON.stringify(refused.json)).toBe(400);
      const fields = refused.json.error.details as Array<{ field: string; code: string; message: string }>;
      expect(fields).toContainEqual(expect.objectContaining({ field, code }));
      expect(fields.every((f) => f.message.length > 0)).toBe(true);
    });

    it('another agency’s referral is not found', async () => {
      const id = await refer(w, caseId, referralTo(w.agencies.centre));
      expect((await w.client('outsider').request('GET', `/api/referrals/${id}`)).status).toBe(404);
      expect((await w.client('outsider').request('POST', `/api/referrals/${id}/accept`, {})).status).toBe(
        404,
      );
    });
  });
});
