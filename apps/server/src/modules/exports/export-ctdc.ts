import {
  type CaseFactsForCtdc,
  ctdcColumns,
  type ExportPeriodQuery,
  kAnonymise,
  toCsv,
  toCtdcRecord,
} from '@lantern/domain';
import { sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import { recordAudit } from '../../audit/record-audit';
import type { RequestContext } from '../../context/request-context';
import { queryRows } from '../../db/query-rows';
import { checkExportPeriod } from './export-period';

interface FactRow {
  received_on: string;
  sex: string | null;
  age_band: string | null;
  nationality: string | null;
  exploitation_country: string | null;
  exploitation_from: string | null;
  exploitation_to: string | null;
  exploitation_types: string[];
  control_methods: string[];
  relationship_to_recruiter: string | null;
}

export interface CtdcExport {
  csv: string;
  records: number;
  suppressed: number;
  levels: Record<string, number>;
}

/**
 * The CTDC-style de-identified file of the country's victims registered in the period: CTDC variables only,
 * k-anonymised (k = 11) with generalisation before suppression. The facts are codes and dates read from a view
 * that holds no identity; only the k-anonymous result leaves this function. The audit event says what was
 * exported (period, counts, the generalisation used), never a record.
 */
export async function exportCtdc(ctx: RequestContext, query: ExportPeriodQuery): Promise<CtdcExport> {
  authorize(ctx, 'export.deidentified');
  checkExportPeriod(query);
  return ctx.transaction(async (tx) => {
    const rows = await queryRows<FactRow>(
      tx,
      sql`select to_char(received_on, 'YYYY-MM-DD') as received_on, sex, age_band, nationality,
            exploitation_country, exploitation_from, exploitation_to, exploitation_types, control_methods,
            relationship_to_recruiter
          from export_ctdc_case_facts
          where received_on between ${query.from}::date and ${query.to}::date`,
    );
    const facts: CaseFactsForCtdc[] = rows.map((row) => ({
      receivedOn: row.received_on,
      sex: row.sex,
      ageBand: row.age_band,
      nationality: row.nationality,
      exploitationCountry: row.exploitation_country,
      exploitationFrom: row.exploitation_from,
      exploitationTo: row.exploitation_to,
      exploitationTypes: row.exploitation_types ?? [],
      controlMethods: row.control_methods ?? [],
      relationshipToRecruiter: row.relationship_to_recruiter,
    }));
    const result = kAnonymise(facts.map(toCtdcRecord));
    await recordAudit(tx, ctx, {
      action: 'export.ctdc',
      resourceType: 'export',
      details: {
        from: query.from,
        to: query.to,
        records: result.records.length,
        suppressed: result.suppressed,
        k: result.k,
        generalisation: Object.entries(result.levels)
          .map(([attribute, level]) => `${attribute}:${level}`)
          .join(','),
      },
    });
    return {
      csv: toCsv(ctdcColumns, result.records),
      records: result.records.length,
      suppressed: result.suppressed,
      levels: result.levels,
    };
  });
}
