import { pgTable, text } from 'drizzle-orm/pg-core';
import { recordTimes } from './columns';
import { agencyRef, userRef } from './identity';

/**
 * The competent receiving agency of a province: where a screening is sent when the screener does not pick an
 * agency (migration 0021). Without a row, the province's social work centre is proposed.
 */
export const provinceReceivingAgencies = pgTable('province_receiving_agencies', {
  provinceCode: text('province_code').primaryKey(),
  agencyId: agencyRef('agency_id'),
  updatedBy: userRef('updated_by'),
  ...recordTimes(),
});
