import { errorResponseSchema, localValuesResponseSchema } from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { recordSystemAudit } from '../../audit/system-audit';
import { queryRows } from '../../db/query-rows';
import { runInRequestTransaction } from '../../db/request-transaction';
import { newId } from '../../lib/ids';
import { testEngine } from '../../test-support/test-database';
import {
  admin,
  adminUser,
  auditEvents,
  base,
  fieldErrors,
  publicVocabulary,
  shopee,
  t,
  useLocalValuesWorld,
} from './test-local-values';

// Correcting, retiring and reactivating local values, and the database's own rules for them. Two values
// are there first, added as local-values.int.test.ts adds them: Shopee, and Zalo OA exported as Facebook.
useLocalValuesWorld();
beforeAll(async () => {
  expect((await admin.request('POST', base('online-platform'), shopee)).status).toBe(201);
  const zalo = await admin.request('POST', base('online-platform'), {
    code: 'local.ZaloOA',
    labels: { vi: 'Zalo Official Account', en: 'Zalo Official Account', ar: 'حساب زالو الرسمي' },
    htcdsExport: 'Facebook',
  });
  expect(zalo.status).toBe(201);
});

describe(`local vocabulary values (${testEngine})`, () => {
  it('never lets an HTCDS or Viet Nam code be edited or retired', async () => {
    for (const code of ['Telegram', 'vn.Zalo']) {
      const edit = await admin.request('PATCH', `${base('online-platform')}/${code}`, {
        labels: { vi: 'Đổi tên', en: 'Renamed', ar: 'اسم جديد' },
      });
      expect(edit.status, code).toBe(400);
      expect(errorResponseSchema.parse(edit.json).error.code).toBe('local_value.fixed_code');
      const retire = await admin.request('POST', `${base('online-platform')}/${code}/retire`);
      expect(retire.status, code).toBe(400);
    }
    const missing = await admin.request('PATCH', `${base('online-platform')}/local.Nothing`, {
      labels: { vi: 'Không có', en: 'Nothing', ar: 'لا شيء' },
    });
    expect(missing.status).toBe(404);
    const telegram = (await publicVocabulary('online-platform')).codes.find((c) => c.code === 'Telegram');
    expect(telegram?.labels.en).toBe('Telegram');
  });

  it('corrects the names and description of a local value, checking them again, with an audit event', async () => {
    const path = `${base('online-platform')}/local.Shopee`;
    const clash = await admin.request('PATCH', path, {
      labels: { vi: 'Shopee', en: 'telegram', ar: 'شوبي' },
    });
    expect(clash.status).toBe(400);
    expect(fieldErrors(clash.json)).toEqual([{ field: 'labels.en', code: 'duplicate_label' }]);

    const edited = await admin.request('PATCH', path, {
      labels: { vi: 'Shopee (sàn)', en: 'Shopee', ar: 'شوبي' },
      description: null,
    });
    expect(edited.status, JSON.stringify(edited.json)).toBe(200);
    expect(edited.json).toMatchObject({ code: 'local.Shopee', description: null });
    const vi = await publicVocabulary('online-platform', 'vi');
    expect(vi.codes.find((c) => c.code === 'local.Shopee')).toMatchObject({
      label: 'Shopee (sàn)',
      description: null,
    });
    const [event] = await auditEvents('admin.vocabulary_value.update');
    expect(event?.details).toMatchObject({ code: 'local.Shopee', changed: 'labels,description' });

    const unchanged = await admin.request('PATCH', path, {
      labels: { vi: 'Shopee (sàn)', en: 'Shopee', ar: 'شوبي' },
    });
    expect(unchanged.status).toBe(200);
    expect(await auditEvents('admin.vocabulary_value.update')).toHaveLength(1);

    const empty = await admin.request('PATCH', path, {});
    expect(empty.status).toBe(400);
  });

  it('retires a value: no longer offered, still resolvable, its code and labels still taken; then reactivates it', async () => {
    const retired = await admin.request('POST', `${base('online-platform')}/local.Shopee/retire`);
    expect(retired.status).toBe(200);
    expect(retired.json).toMatchObject({ active: false, exportedAs: 'Other' });
    expect(await auditEvents('admin.vocabulary_value.retire')).toHaveLength(1);

    const en = await publicVocabulary('online-platform');
    expect(en.codes.some((c) => c.code === 'local.Shopee')).toBe(false);
    expect(en.retiredCodes).toEqual([
      expect.objectContaining({
        code: 'local.Shopee',
        namespace: 'local',
        label: 'Shopee',
        exportedAs: 'Other',
      }),
    ]);
    expect(en.localCount).toBe(1); // local.ZaloOA only

    const listed = localValuesResponseSchema.parse(
      (await admin.request('GET', base('online-platform'))).json,
    );
    expect(listed.values.map((v) => [v.code, v.active])).toEqual([
      ['local.Shopee', false],
      ['local.ZaloOA', true],
    ]);

    // A new value may not take the retired value's code or names: reactivating it is the way.
    const again = await admin.request('POST', base('online-platform'), {
      code: 'local.ShopeeApp',
      labels: { vi: 'Ứng dụng Shopee', en: 'shopee', ar: 'تطبيق شوبي' },
    });
    expect(again.status).toBe(400);
    const [detail] = errorResponseSchema.parse(again.json).error.details ?? [];
    expect(detail).toMatchObject({ field: 'labels.en', code: 'duplicate_label' });
    expect(detail?.message).toContain('retired');

    // Retiring twice changes nothing and writes nothing.
    expect((await admin.request('POST', `${base('online-platform')}/local.Shopee/retire`)).status).toBe(200);
    expect(await auditEvents('admin.vocabulary_value.retire')).toHaveLength(1);

    const back = await admin.request('POST', `${base('online-platform')}/local.Shopee/reactivate`);
    expect(back.status).toBe(200);
    expect(back.json).toMatchObject({ active: true });
    expect(await auditEvents('admin.vocabulary_value.reactivate')).toHaveLength(1);
    const after = await publicVocabulary('online-platform');
    expect(after.codes.some((c) => c.code === 'local.Shopee')).toBe(true);
    expect(after.retiredCodes).toEqual([]);
  });

  it('keeps a stored value readable but stops offering it once a release adds a built-in code it repeats', async () => {
    // As if a later release had added Viber after an administrator had added it locally: the value is
    // written here past the application, with labels the built-in list has.
    await t.testDb.asOwner(async (owner) => {
      const id = newId();
      await owner.query(
        `insert into vocabulary_local_values (id, vocabulary_id, code, labels, created_by)
         values ($1, 'online-platform', 'local.ViberChat', $2, $3)`,
        [id, JSON.stringify({ vi: 'Viber', en: 'VIBER', ar: 'فايبر للأعمال' }), adminUser.id],
      );
      await recordSystemAudit(owner, {
        action: 'test.local_value',
        resourceType: 'vocabulary_value',
        resourceId: id,
      });
    });
    const en = await publicVocabulary('online-platform');
    expect(en.codes.some((c) => c.code === 'local.ViberChat')).toBe(false);
    expect(en.retiredCodes.map((c) => c.code)).toEqual(['local.ViberChat']);

    const retired = await admin.request('POST', `${base('online-platform')}/local.ViberChat/retire`);
    expect(retired.status).toBe(200);
    const reactivate = await admin.request('POST', `${base('online-platform')}/local.ViberChat/reactivate`);
    expect(reactivate.status).toBe(400);
    expect(fieldErrors(reactivate.json)).toEqual([
      { field: 'labels.vi', code: 'duplicate_label' },
      { field: 'labels.en', code: 'duplicate_label' },
    ]);
  });
});

/** The database's own words for a refused statement (Drizzle wraps the driver's error). */
async function refusal(work: Promise<unknown>): Promise<string> {
  try {
    await work;
  } catch (error) {
    let current: unknown = error;
    while (current instanceof Error && current.cause instanceof Error) current = current.cause;
    return current instanceof Error ? current.message : String(current);
  }
  return 'accepted';
}

describe(`local values in the database (${testEngine})`, () => {
  const insert = (tx: Parameters<Parameters<typeof runInRequestTransaction>[2]>[0], createdBy: string) =>
    tx.execute(sql`insert into vocabulary_local_values (id, vocabulary_id, code, labels, created_by)
      values (${newId()}, 'gender', 'local.Probe', ${JSON.stringify({ vi: 'Thử', en: 'Probe', ar: 'تجربة' })}::jsonb, ${createdBy})`);

  it('lets anyone read them, but only a holder of admin.vocabularies.manage write them', async () => {
    const anonymous = { requestId: newId(), actorId: null, agencyId: null };
    const rows = await runInRequestTransaction(t.testDb.database.db, anonymous, (tx) =>
      queryRows<{ code: string }>(tx, sql`select code from vocabulary_local_values`),
    );
    expect(rows.length).toBeGreaterThan(0);

    const withoutPermission = { ...anonymous, actorId: adminUser.id, agencyId: adminUser.agencyId };
    expect(
      await refusal(
        runInRequestTransaction(t.testDb.database.db, withoutPermission, (tx) => insert(tx, adminUser.id)),
      ),
    ).toMatch(/row-level security/);
  });

  it('refuses a change without an audit event, a change of code and any deletion', async () => {
    const permitted = {
      requestId: newId(),
      actorId: adminUser.id,
      agencyId: adminUser.agencyId,
      permissions: ['admin.vocabularies.manage'],
    };
    await expect(
      runInRequestTransaction(t.testDb.database.db, permitted, (tx) => insert(tx, adminUser.id)),
    ).rejects.toThrow();
    await expect(
      runInRequestTransaction(t.testDb.database.db, permitted, (tx) =>
        tx.execute(
          sql`update vocabulary_local_values set code = 'local.Renamed' where code = 'local.Shopee'`,
        ),
      ),
    ).rejects.toThrow();
    await expect(
      runInRequestTransaction(t.testDb.database.db, permitted, (tx) =>
        tx.execute(sql`delete from vocabulary_local_values where code = 'local.Shopee'`),
      ),
    ).rejects.toThrow();
    expect((await publicVocabulary('online-platform')).codes.some((c) => c.code === 'local.Shopee')).toBe(
      true,
    );
  });
});
