import { ATTACHMENT_MAX_BYTES, type AttachmentView, type attachmentKinds } from '@lantern/domain';
import { mayViewIdentity, ownAgencyReach } from '../../access/case-policy';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { caseAttachments } from '../../db/schema';
import { AppError } from '../../lib/errors';
import { newId } from '../../lib/ids';
import { type AttachmentMeta, contentContext, fileNameContext, toAttachmentView } from './attachment-view';
import { addCaseEvent, ownedCase, personRef, staffNames } from './case-in-work';
import { sniffContentType } from './sniff-content-type';

export interface UploadInput {
  kind: (typeof attachmentKinds)[number];
  fileName: string;
  content: Buffer;
}

/** The last part of what the client called the file, without control characters, at most 255 characters. */
function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const printable = [...base].filter((char) => char.charCodeAt(0) > 0x1f && char.charCodeAt(0) !== 0x7f);
  return printable.join('').trim().slice(0, 255) || 'attachment';
}

/**
 * Stores a document or photo on the case. The type is sniffed from the content (the client's claim is
 * ignored) and only PDF, JPEG, PNG and WebP are accepted. The content and the file name — a file is often
 * named after the person — are sealed, bound to the attachment's id.
 */
export async function uploadAttachment(
  ctx: RequestContext,
  caseId: string,
  input: UploadInput,
): Promise<AttachmentView> {
  authorize(ctx, 'case.update', 'support.manage');
  const actor = ctx.actor as NonNullable<RequestContext['actor']>;
  if (input.content.length > ATTACHMENT_MAX_BYTES)
    throw new AppError(413, 'attachment.too_large', { maxMegabytes: ATTACHMENT_MAX_BYTES / (1024 * 1024) });
  const contentType = sniffContentType(input.content);
  if (!contentType) throw new AppError(415, 'attachment.unsupported_type');
  const fileName = cleanFileName(input.fileName);
  return ctx.transaction(async (tx) => {
    await ownedCase(tx, ctx, caseId);
    const id = newId();
    const meta: AttachmentMeta = {
      id,
      caseId,
      kind: input.kind,
      fileNameSealed: ctx.secrets.seal(fileName, fileNameContext(id)),
      contentType,
      size: input.content.length,
      uploadedBy: actor.userId,
      uploadedAt: new Date(),
    };
    await tx.insert(caseAttachments).values({
      ...meta,
      content: ctx.secrets.sealBytes(input.content, contentContext(id)),
    });
    const details = { attachment: id, kind: input.kind, contentType, size: meta.size };
    await addCaseEvent(tx, ctx, caseId, 'attachment.added', details);
    await recordAudit(tx, ctx, {
      action: 'case.attachment_add',
      resourceType: 'case',
      resourceId: caseId,
      details,
    });
    const names = await staffNames(tx, [actor.userId]);
    return toAttachmentView(
      meta,
      personRef(names, actor.userId),
      mayViewIdentity(ctx, ownAgencyReach) ? fileName : null,
    );
  });
}
