-- Issue #16, scale: an agency's inbox is its open incoming referrals by answer deadline, 50 at a time. The
-- (agency, status, deadline) index cannot give that order for three open statuses at once, so the busiest
-- inbox of the 1,000,000-person bench (6,331 open referrals) read them all and sorted them for every page:
-- 44 ms for one request, 109 ms at p95 with 8 clients for the hand-written statement alone. Indexed by
-- deadline among the open ones only, a page is the first 51 entries of one range: 4 ms. The same for the
-- open referrals an agency sent (newest first). The other side's agency rides along in the index because the
-- row-level policy asks for both: the list's bounded total (up to 1,001 rows) is then counted from the index
-- alone (16 ms of heap reads -> 3 ms for an inbox of 2,985).
CREATE INDEX referrals_inbox_open_idx ON referrals (to_agency_id, respond_by, id) INCLUDE (from_agency_id)
  WHERE status IN ('sent', 'accepted', 'in_progress');
--> statement-breakpoint
CREATE INDEX referrals_outbox_open_idx ON referrals (from_agency_id, created_at, id) INCLUDE (to_agency_id)
  WHERE status IN ('sent', 'accepted', 'in_progress');
--> statement-breakpoint
-- The planner takes an agency and a status as independent, so for a busy inbox (most of the agency's referrals
-- still open) it expected a few hundred rows, and sorting a few hundred looked cheaper than walking the index
-- in order: it read and sorted all 6,331. Told how agencies and statuses go together, it walks the index.
CREATE STATISTICS referrals_agency_status_incoming (mcv) ON to_agency_id, status FROM referrals;
--> statement-breakpoint
CREATE STATISTICS referrals_agency_status_outgoing (mcv) ON from_agency_id, status FROM referrals;
--> statement-breakpoint
ANALYZE referrals;
