import { z } from '@hono/zod-openapi';
import {
  addConsentSchema,
  addNoteSchema,
  addTaskSchema,
  attachmentContentTypes,
  attachmentKinds,
  attachmentViewSchema,
  caseDetailSchema,
  consentViewSchema,
  errorResponseSchema,
  idParamSchema,
  noteViewSchema,
  taskViewSchema,
  timelineEntrySchema,
  updateCaseDetailsSchema,
  updateTaskSchema,
  withdrawConsentSchema,
} from '@lantern/domain';
import { defineRoute, type RouteAccess } from '../../access/route-access';
import { json } from '../../lib/openapi';
import { createRouter } from '../../lib/router';
import { addNote } from './add-note';
import { addTask } from './add-task';
import { downloadAttachment } from './download-attachment';
import { listAttachments } from './list-attachments';
import { listConsents } from './list-consents';
import { listNotes } from './list-notes';
import { listTasks } from './list-tasks';
import { listTimeline } from './list-timeline';
import { recordConsent } from './record-consent';
import { extensionFor } from './sniff-content-type';
import { updateCaseDetails } from './update-case-details';
import { updateTask } from './update-task';
import { uploadAttachment } from './upload-attachment';
import { withdrawConsent } from './withdraw-consent';

const errors = {
  400: { description: 'Invalid input, with field-level details', ...json(errorResponseSchema) },
  401: { description: 'Not signed in', ...json(errorResponseSchema) },
  403: { description: 'Not permitted', ...json(errorResponseSchema) },
  404: {
    description: 'Not found (or outside your scope; changes: not your agency’s case)',
    ...json(errorResponseSchema),
  },
};
const tags = ['Case work'];
const allow = (...anyOf: Extract<RouteAccess, { kind: 'permission' }>['anyOf']): RouteAccess => ({
  kind: 'permission',
  anyOf,
});
/** Whoever may see the case: the pseudonymous record (identifying parts only with identity access). */
const readCase = allow('case.read', 'case.read_province', 'case.break_glass');
/** The working record: the agency, an agency it is shared with, break-the-glass. */
const readWork = allow('case.read', 'case.break_glass');
const readIdentity = allow('case.read_identity');
const updateCase = allow('case.update');
/** Day-to-day support work: case workers, and support staff of the owning agency. */
const supportCase = allow('case.update', 'support.manage');

const caseParams = idParamSchema;
const consentParams = idParamSchema.extend({ consentId: z.uuid() });
const taskParams = idParamSchema.extend({ taskId: z.uuid() });
const attachmentParams = idParamSchema.extend({ attachmentId: z.uuid() });
const uploadForm = z.object({
  // z.file() has no JSON Schema of its own: described for OpenAPI as a binary string.
  file: z.file().openapi({
    type: 'string',
    format: 'binary',
    description: 'PDF, JPEG, PNG or WebP, at most 10 MB; the type is read from the content',
  }),
  kind: z.enum(attachmentKinds),
});
const list = <T extends z.ZodType>(description: string, schema: T) => ({
  200: { description, ...json(z.array(schema)) },
  ...errors,
});

const r = {
  listConsents: defineRoute(readCase, {
    method: 'get',
    path: '/api/cases/{id}/consents',
    tags,
    summary: 'Consents of the case, withdrawn ones included; the witness only with identity access (audited)',
    request: { params: caseParams },
    responses: list('Consents', consentViewSchema),
  }),
  recordConsent: defineRoute(updateCase, {
    method: 'post',
    path: '/api/cases/{id}/consents',
    tags,
    summary: 'Record a further consent (validated like the consents given at registration)',
    request: { params: caseParams, body: { required: true, ...json(addConsentSchema) } },
    responses: { 201: { description: 'Recorded', ...json(consentViewSchema) }, ...errors },
  }),
  withdrawConsent: defineRoute(updateCase, {
    method: 'post',
    path: '/api/cases/{id}/consents/{consentId}/withdraw',
    tags,
    summary: 'Withdraw a consent; sharing checks see it at once',
    request: { params: consentParams, body: { required: false, ...json(withdrawConsentSchema) } },
    responses: {
      200: { description: 'Withdrawn', ...json(consentViewSchema) },
      409: { description: 'Already withdrawn', ...json(errorResponseSchema) },
      ...errors,
    },
  }),
  listNotes: defineRoute(readIdentity, {
    method: 'get',
    path: '/api/cases/{id}/notes',
    tags,
    summary: 'Notes, newest first; restricted notes only for those they are meant for (audited)',
    request: { params: caseParams },
    responses: list('Notes', noteViewSchema),
  }),
  addNote: defineRoute(supportCase, {
    method: 'post',
    path: '/api/cases/{id}/notes',
    tags,
    summary: 'Add a note (sealed); a restricted note may name the roles that may read it',
    request: { params: caseParams, body: { required: true, ...json(addNoteSchema) } },
    responses: { 201: { description: 'Added', ...json(noteViewSchema) }, ...errors },
  }),
  listTasks: defineRoute(readWork, {
    method: 'get',
    path: '/api/cases/{id}/tasks',
    tags,
    summary: 'Tasks with their status (open, overdue by the day in Viet Nam, done)',
    request: { params: caseParams },
    responses: list('Tasks', taskViewSchema),
  }),
  addTask: defineRoute(supportCase, {
    method: 'post',
    path: '/api/cases/{id}/tasks',
    tags,
    summary: 'Add a task, optionally due on a day and assigned to a user of the owning agency',
    request: { params: caseParams, body: { required: true, ...json(addTaskSchema) } },
    responses: { 201: { description: 'Added', ...json(taskViewSchema) }, ...errors },
  }),
  updateTask: defineRoute(supportCase, {
    method: 'patch',
    path: '/api/cases/{id}/tasks/{taskId}',
    tags,
    summary: 'Mark a task done or open, move its due day, or reassign it',
    request: { params: taskParams, body: { required: true, ...json(updateTaskSchema) } },
    responses: { 200: { description: 'Updated', ...json(taskViewSchema) }, ...errors },
  }),
  listAttachments: defineRoute(readWork, {
    method: 'get',
    path: '/api/cases/{id}/attachments',
    tags,
    summary: 'Documents and photos (no content); file names only with identity access (audited)',
    request: { params: caseParams },
    responses: list('Attachments', attachmentViewSchema),
  }),
  uploadAttachment: defineRoute(supportCase, {
    method: 'post',
    path: '/api/cases/{id}/attachments',
    tags,
    summary: 'Upload a document or photo (multipart); the type is sniffed from the content, stored sealed',
    request: {
      params: caseParams,
      body: { required: true, content: { 'multipart/form-data': { schema: uploadForm } } },
    },
    responses: {
      201: { description: 'Stored', ...json(attachmentViewSchema) },
      413: { description: 'Larger than 10 MB', ...json(errorResponseSchema) },
      415: { description: 'Not a PDF, JPEG, PNG or WebP', ...json(errorResponseSchema) },
      ...errors,
    },
  }),
  downloadAttachment: defineRoute(readIdentity, {
    method: 'get',
    path: '/api/cases/{id}/attachments/{attachmentId}',
    tags,
    summary: 'Download an attachment (decrypted; identity access only; every download is audited)',
    request: { params: attachmentParams },
    responses: {
      200: {
        description: 'The file, as a download',
        content: Object.fromEntries(
          attachmentContentTypes.map((type) => [type, { schema: z.string().openapi({ format: 'binary' }) }]),
        ),
      },
      ...errors,
    },
  }),
  timeline: defineRoute(readCase, {
    method: 'get',
    path: '/api/cases/{id}/timeline',
    tags,
    summary: 'What happened on the case, newest first; reasons only with identity access',
    request: { params: caseParams },
    responses: list('Timeline', timelineEntrySchema),
  }),
  updateDetails: defineRoute(updateCase, {
    method: 'patch',
    path: '/api/cases/{id}',
    tags,
    summary: 'Correct or complete the trafficking details (vocabulary codes)',
    request: { params: caseParams, body: { required: true, ...json(updateCaseDetailsSchema) } },
    responses: { 200: { description: 'Updated', ...json(caseDetailSchema) }, ...errors },
  }),
};

/** RFC 6266: an ASCII fallback and the real (UTF-8) name, so Vietnamese names survive the download. */
function disposition(fileName: string, fallback: string): string {
  // RFC 5987 leaves ' ( ) * out of a value, though encodeURIComponent keeps them.
  const encoded = encodeURIComponent(fileName).replace(
    /['()*]/g,
    (char) => `%${char.charCodeAt(0).toString(16).toUpperCase()}`,
  );
  return `attachment; filename="${fallback}"; filename*=UTF-8''${encoded}`;
}

// Consents, notes, tasks, attachments and the timeline of a case.
export const caseWorkRoutes = createRouter()
  .openapi(r.listConsents, async (c) =>
    c.json(await listConsents(c.get('ctx'), c.req.valid('param').id), 200),
  )
  .openapi(r.recordConsent, async (c) =>
    c.json(await recordConsent(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.withdrawConsent, async (c) => {
    const { id, consentId } = c.req.valid('param');
    return c.json(await withdrawConsent(c.get('ctx'), id, consentId, c.req.valid('json')), 200);
  })
  .openapi(r.listNotes, async (c) => c.json(await listNotes(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.addNote, async (c) =>
    c.json(await addNote(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.listTasks, async (c) => c.json(await listTasks(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.addTask, async (c) =>
    c.json(await addTask(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 201),
  )
  .openapi(r.updateTask, async (c) => {
    const { id, taskId } = c.req.valid('param');
    return c.json(await updateTask(c.get('ctx'), id, taskId, c.req.valid('json')), 200);
  })
  .openapi(r.listAttachments, async (c) =>
    c.json(await listAttachments(c.get('ctx'), c.req.valid('param').id), 200),
  )
  .openapi(r.uploadAttachment, async (c) => {
    const { file, kind } = c.req.valid('form');
    const content = Buffer.from(await file.arrayBuffer());
    const input = { kind, fileName: file.name, content };
    return c.json(await uploadAttachment(c.get('ctx'), c.req.valid('param').id, input), 201);
  })
  .openapi(r.downloadAttachment, async (c) => {
    const { id, attachmentId } = c.req.valid('param');
    const file = await downloadAttachment(c.get('ctx'), id, attachmentId);
    return c.body(new Uint8Array(file.content), 200, {
      'Content-Type': file.contentType,
      'Content-Length': String(file.content.length),
      'Content-Disposition': disposition(file.fileName, `attachment.${extensionFor(file.contentType)}`),
      'X-Content-Type-Options': 'nosniff',
      'Cache-Control': 'no-store',
    });
  })
  .openapi(r.timeline, async (c) => c.json(await listTimeline(c.get('ctx'), c.req.valid('param').id), 200))
  .openapi(r.updateDetails, async (c) =>
    c.json(await updateCaseDetails(c.get('ctx'), c.req.valid('param').id, c.req.valid('json')), 200),
  );
