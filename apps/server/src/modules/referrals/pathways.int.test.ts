import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient, type TestUser } from '../../test-support/test-app';
import { testEngine } from '../../test-support/test-database';
import { createReferralWorld, type ReferralWorld } from './test-world';

const NATIONAL_BORDER_RETURN = '0193f000-0000-7000-8000-000000000001';
const HOUR = 3_600_000;

describe(`coordination pathways (${testEngine})`, () => {
  let w: ReferralWorld;
  let police = '';
  let legalAid = '';
  let coordinator: TestClient;
  beforeAll(async () => {
    w = await createReferralWorld();
    police = await w.t.createAgency('Phòng PC02 Công an Hà Tĩnh', '42', 'provincial_police_anti_trafficking');
    legalAid = await w.t.createAgency('Trung tâm Trợ giúp pháp lý Hà Tĩnh', '42', 'legal_aid_centre');
    // A coordinator of the border post's province (Quảng Trị), who keeps that province's pathways.
    const office = await w.t.createAgency('Sở Y tế Quảng Trị', '44', 'provincial_health_social_protection');
    const user: TestUser = await w.t.createUser('coordinator.qt', office, ['provincial_coordinator']);
    coordinator = new TestClient(w.t.app);
    expect((await coordinator.signIn(user)).status).toBe(200);
  }, 120_000);
  afterAll(() => w.t.close());

  const start = (caseId: string, agencyIds: string[]) =>
    w.client('guard').request('POST', `/api/cases/${caseId}/pathways`, {
      pathwayId: NATIONAL_BORDER_RETURN,
      agencyIds,
      sections: ['identity'],
    });

  it('starting the national border-return pathway sends each step’s referral with its deadline', async () => {
    const caseId = await w.caseOfBorderPost('Hồ Thị Sáu', [w.agencies.centre, police, legalAid]);
    const started = await start(caseId, [w.agencies.centre, police, legalAid]);
    expect(started.status, JSON.stringify(started.json)).toBe(201);
    const run = started.json;
    expect(run.steps.map((step: { agencyType: string }) => step.agencyType)).toEqual([
      'social_work_centre',
      'provincial_police_anti_trafficking',
      'legal_aid_centre',
    ]);
    expect(run.currentStep).toBe(0);
    const due = run.steps.map(
      (step: { referral: { sentAt: string; completeBy: string; urgency: string } }) => [
        step.referral.urgency,
        (new Date(step.referral.completeBy).getTime() - new Date(step.referral.sentAt).getTime()) / HOUR,
      ],
    );
    expect(due).toEqual([
      ['urgent', 24],
      ['high', 72],
      ['normal', 336],
    ]);
    // Each step reaches its agency's inbox; the centre completes its step and the person moves on.
    const first = run.steps[0].referral.id;
    await w.client('worker').request('POST', `/api/referrals/${first}/accept`, {});
    await w.client('worker').request('POST', `/api/referrals/${first}/complete`, { outcome: 'vn.Delivered' });
    const after = await w.client('guard').request('GET', `/api/cases/${caseId}/pathways`);
    expect(after.json[0]).toMatchObject({ currentStep: 1 });
    expect(after.json[0].steps[0].referral.status).toBe('completed');
  });

  it('all or nothing: a step outside the consent refuses the start, naming the step', async () => {
    const caseId = await w.caseOfBorderPost('Lầu Thị Mỷ', [w.agencies.centre]);
    const refused = await start(caseId, [w.agencies.centre, police, legalAid]);
    expect(refused.status).toBe(409);
    expect(refused.json.error.details).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'agencyIds.1', code: 'no_consent' }),
        expect.objectContaining({ field: 'agencyIds.2', code: 'no_consent' }),
      ]),
    );
    const { rows } = await w.t.testDb.asOwner((o) =>
      o.query('select id from referrals where case_id = $1', [caseId]),
    );
    expect(rows).toEqual([]);
  });

  it('refuses an agency of the wrong kind for a step, or a step without an agency', async () => {
    const caseId = await w.caseOfBorderPost('Giàng Thị Dở', [w.agencies.centre, police, legalAid]);
    const wrong = await start(caseId, [w.agencies.centre, legalAid, police]);
    expect(wrong.status).toBe(400);
    expect(wrong.json.error.details).toContainEqual(
      expect.objectContaining({ field: 'agencyIds.1', code: 'wrong_type' }),
    );
    const short = await start(caseId, [w.agencies.centre]);
    expect(short.json.error.details).toContainEqual(
      expect.objectContaining({ field: 'agencyIds', code: 'one_per_step' }),
    );
  });

  it('a coordinator defines the province’s pathway; other provinces do not see it', async () => {
    const defined = await coordinator.request('POST', '/api/pathways', {
      names: { vi: 'Trẻ em trở về', en: 'Returned children', ar: 'الأطفال العائدون' },
      steps: [
        {
          names: { vi: 'Bảo vệ khẩn cấp', en: 'Emergency protection', ar: 'حماية طارئة' },
          agencyType: 'social_work_centre',
          services: ['vn.Shelter', 'vn.Psychological'],
          urgency: 'urgent',
          completeHours: 12,
        },
      ],
    });
    expect(defined.status, JSON.stringify(defined.json)).toBe(201);
    expect(defined.json.provinceCode).toBe('44');
    const seenByBorderPost = await w.client('guard').request('GET', '/api/pathways');
    expect(seenByBorderPost.json.map((p: { id: string }) => p.id)).toEqual(
      expect.arrayContaining([NATIONAL_BORDER_RETURN, defined.json.id]),
    );
    const seenInHaTinh = await w.client('worker').request('GET', '/api/pathways');
    expect(seenInHaTinh.json.map((p: { id: string }) => p.id)).not.toContain(defined.json.id);
    const badType = await coordinator.request('PUT', `/api/pathways/${defined.json.id}`, {
      names: defined.json.names,
      steps: [{ ...defined.json.steps[0], agencyType: 'space_agency' }],
    });
    expect(badType.status).toBe(400);
    expect(badType.json.error.details).toContainEqual(
      expect.objectContaining({ field: 'steps.0.agencyType', code: 'invalid_value' }),
    );
    expect((await w.client('worker').request('POST', '/api/pathways', defined.json)).status).toBe(403);
  });
});
