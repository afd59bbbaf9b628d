import type { AttachmentView } from '@lantern/domain';
import { desc, eq, getTableColumns } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseAttachments } from '../../db/schema';
import { fileNameContext, toAttachmentView } from './attachment-view';
import { caseForWork, personRef, staffNames } from './case-in-work';

const { content: _content, ...metaColumns } = getTableColumns(caseAttachments);

/**
 * The documents and photos of a case, newest first, without their content. File names often name the
 * person, so they are opened only for identity access, and that is audited.
 */
export async function listAttachments(ctx: RequestContext, caseId: string): Promise<AttachmentView[]> {
  authorize(ctx, 'case.read', 'case.break_glass');
  return ctx.transaction(async (tx) => {
    const { identity } = await caseForWork(tx, ctx, caseId, 'attachments');
    const rows = await tx
      .select(metaColumns)
      .from(caseAttachments)
      .where(eq(caseAttachments.caseId, caseId))
      .orderBy(desc(caseAttachments.uploadedAt), desc(caseAttachments.id));
    if (identity && rows.length > 0)
      await recordAudit(tx, ctx, {
        action: 'case.attachments_view',
        resourceType: 'case',
        resourceId: caseId,
        details: { attachments: rows.length },
      });
    const names = await staffNames(
      tx,
      rows.map((row) => row.uploadedBy),
    );
    return rows.map((row) =>
      toAttachmentView(
        row,
        personRef(names, row.uploadedBy),
        identity ? ctx.secrets.open(row.fileNameSealed, fileNameContext(row.id)) : null,
      ),
    );
  });
}
