import {
  type HtcdsExport,
  type HtcdsExportRequest,
  type HtcdsRecord,
  htcdsFields,
  htcdsIdentifyingFields,
  toCsv,
  toHtcdsRecord,
} from '@lantern/domain';
import { and, asc, between, eq } from 'drizzle-orm';
import { caseScope } from '../../access/case-policy';
import { authorize, can } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { cases, persons } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { openIdentity } from '../cases/person-identity';
import { archivePassword, encryptedArchive } from './archive';
import { checkExportPeriod } from './export-period';

/** One file is one agency's registrations of a period; larger transfers are made period by period. */
const MAX_RECORDS = 20_000;

/**
 * The HTCDS v2.0 file of the cases the actor's agency holds (its own cases that the actor may read: a case
 * reached through a referral or share was disclosed to the agency for care, not for onward transfer), registered
 * in the period. Identifying fields only with export.identifying and case.read_identity. Whatever it holds,
 * a case-level file is personal data, so it is only ever delivered inside an AES-256 zip whose password is
 * answered once and kept nowhere. The audit event records the counts and field names, never the data.
 */
export async function exportHtcds(ctx: RequestContext, request: HtcdsExportRequest): Promise<HtcdsExport> {
  authorize(ctx, 'export.htcds');
  checkExportPeriod(request);
  if (request.identifying && !(can(ctx, 'export.identifying') && can(ctx, 'case.read_identity')))
    throw new AppError(403, 'exports.identifying_not_permitted');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  return ctx.transaction(async (tx) => {
    const rows = await tx
      .select({ kase: cases, person: persons })
      .from(cases)
      .innerJoin(persons, eq(persons.id, cases.personId))
      .where(
        and(
          caseScope(ctx),
          eq(cases.ownerAgencyId, actor.agencyId),
          between(cases.receivedOn, request.from, request.to),
        ),
      )
      .orderBy(asc(cases.receivedOn), asc(cases.id))
      .limit(MAX_RECORDS + 1);
    if (rows.length > MAX_RECORDS) throw new AppError(413, 'exports.too_many', { maximum: MAX_RECORDS });
    const records: HtcdsRecord[] = rows.map(({ kase, person }, index) =>
      toHtcdsRecord(
        index + 1,
        { ...kase, ...person, journey: kase.journey },
        request.identifying ? openIdentity(ctx.secrets, person.id, person.identitySealed) : undefined,
      ),
    );
    const fields = [...htcdsFields, ...(request.identifying ? htcdsIdentifyingFields : [])];
    const body =
      request.format === 'json'
        ? JSON.stringify({ standard: 'HTCDS v2.0', records }, null, 2)
        : toCsv(fields, records as Record<string, string>[]);
    const fileName = `htcds-${request.from}-${request.to}.${request.format}`;
    const password = archivePassword();
    const archive = await encryptedArchive(fileName, body, password);
    await recordAudit(tx, ctx, {
      action: 'export.htcds',
      resourceType: 'export',
      details: {
        from: request.from,
        to: request.to,
        format: request.format,
        records: records.length,
        identifying: request.identifying,
        fields: fields.join(','),
      },
    });
    return {
      fileName: `${fileName}.zip`,
      archive: Buffer.from(archive).toString('base64'),
      password,
      records: records.length,
      fields,
    };
  });
}
