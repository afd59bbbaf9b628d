import type { AttachmentView } from '@lantern/domain';
import type { caseAttachments } from '../../db/schema';
import type { PersonRef } from './case-in-work';
import type { AttachmentContentType } from './sniff-content-type';

/** Everything but the content: lists never load the (large, sealed) bytes. */
export type AttachmentMeta = Omit<typeof caseAttachments.$inferSelect, 'content'>;

export const contentContext = (id: string) => `attachment:${id}`;
export const fileNameContext = (id: string) => `attachment:${id}:file-name`;

export function toAttachmentView(
  row: AttachmentMeta,
  uploadedBy: PersonRef,
  fileName: string | null,
): AttachmentView {
  return {
    id: row.id,
    kind: row.kind,
    fileName,
    contentType: row.contentType as AttachmentContentType,
    size: row.size,
    uploadedBy,
    uploadedAt: row.uploadedAt.toISOString(),
  };
}
