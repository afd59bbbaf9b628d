import { and, eq } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseAttachments } from '../../db/schema';
import { notFound } from '../../lib/errors';
import { contentContext, fileNameContext } from './attachment-view';
import { caseForIdentity } from './case-in-work';
import type { AttachmentContentType } from './sniff-content-type';

export interface AttachmentDownload {
  content: Buffer;
  contentType: AttachmentContentType;
  fileName: string;
}

/** The decrypted content of one attachment: identity access only, and every download is audited. */
export async function downloadAttachment(
  ctx: RequestContext,
  caseId: string,
  attachmentId: string,
): Promise<AttachmentDownload> {
  authorize(ctx, 'case.read_identity');
  return ctx.transaction(async (tx) => {
    const { access } = await caseForIdentity(tx, ctx, caseId, 'attachments');
    const [row] = await tx
      .select()
      .from(caseAttachments)
      .where(and(eq(caseAttachments.id, attachmentId), eq(caseAttachments.caseId, caseId)));
    if (!row) throw notFound();
    await recordAudit(tx, ctx, {
      action: 'case.attachment_download',
      resourceType: 'case',
      resourceId: caseId,
      details: { attachment: row.id, kind: row.kind, size: row.size, access },
    });
    return {
      content: ctx.secrets.openBytes(row.content, contentContext(row.id)),
      contentType: row.contentType as AttachmentContentType,
      fileName: ctx.secrets.open(row.fileNameSealed, fileNameContext(row.id)),
    };
  });
}
