import { z } from 'zod';

/**
 * Partner exports (issue #19). The CTDC-style file is k-anonymised and carries no personal data; the HTCDS
 * file is case-level and is delivered only inside a password-protected archive.
 */
const day = z.iso.date();

export const exportPeriodQuerySchema = z.object({
  /** First and last day of registration (received_on), both included. */
  from: day,
  to: day,
});
export type ExportPeriodQuery = z.infer<typeof exportPeriodQuerySchema>;

/** The longest period one file covers: a programme period and a little more. */
export const MAX_EXPORT_YEARS = 10;

export const htcdsFormats = ['csv', 'json'] as const;

export const htcdsExportRequestSchema = exportPeriodQuerySchema.extend({
  format: z.enum(htcdsFormats).default('csv'),
  /** Ask for names, birth dates and contacts; refused without export.identifying. */
  identifying: z.boolean().default(false),
});
export type HtcdsExportRequest = z.infer<typeof htcdsExportRequestSchema>;

export const htcdsExportSchema = z.object({
  fileName: z.string(),
  /** The AES-256 encrypted zip archive, base64. */
  archive: z.string(),
  /** Shown once to the user; Lantern keeps no copy. */
  password: z.string(),
  records: z.number(),
  fields: z.array(z.string()),
});
export type HtcdsExport = z.infer<typeof htcdsExportSchema>;
