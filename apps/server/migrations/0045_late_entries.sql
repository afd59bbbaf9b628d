-- Issue #19: late entries on the dashboard's data-quality panel — screenings, registrations and referral
-- outcomes entered long after the event they record, by agency, for the reader's own scope. As the _own views of
-- migration 0041 do, each view below states the own scope itself (only for holders of indicators.read: their
-- agency's records with case.read or screening.read, their province's with case.read_province), so a provincial
-- coordinator counts every agency of the province although row-level security shows them only their own
-- agency's screenings and referrals. Counts only: no identity, no free text. The application adds the same
-- scope on top (access/statistics-scope.ts).
--
-- The panel reads a bounded window (the last 90 days of events), never the whole history: the indexes below
-- serve the window when the scope is a province (the agency arm has its agency indexes already).
CREATE INDEX screenings_screened_at_idx ON screenings (screened_at);
--> statement-breakpoint
CREATE INDEX referrals_outcome_closed_idx ON referrals (closed_at) WHERE outcome IS NOT NULL;
--> statement-breakpoint
-- A screening belongs to the screener's agency and counts in that agency's province (not where the interview
-- took place): late entry is about the agency's practice.
CREATE VIEW data_quality_screening_entries_own AS
  SELECT s.id, s.agency_id, a.province_code, s.screened_at, s.submitted_at
  FROM screenings s
  JOIN agencies a ON a.id = s.agency_id
  WHERE (SELECT lantern_has_permission('indicators.read')) AND (
    (s.agency_id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND a.province_code = (SELECT lantern_current_province())));
--> statement-breakpoint
CREATE VIEW data_quality_case_entries_own AS
  SELECT c.id, c.owner_agency_id AS agency_id, c.province_code, c.received_on, c.created_at
  FROM cases c
  WHERE (SELECT lantern_has_permission('indicators.read')) AND (
    (c.owner_agency_id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND c.province_code = (SELECT lantern_current_province())));
--> statement-breakpoint
-- A referral's outcome is recorded by the recipient, or by the sender when the recipient is outside Lantern
-- (off-system referral): the late entry counts for that agency.
CREATE VIEW data_quality_referral_outcomes_own AS
  SELECT r.id, a.id AS agency_id, a.province_code, r.complete_by, r.closed_at
  FROM referrals r
  JOIN agencies a ON a.id = coalesce(r.to_agency_id, r.from_agency_id)
  WHERE r.outcome IS NOT NULL AND (SELECT lantern_has_permission('indicators.read')) AND (
    (a.id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND a.province_code = (SELECT lantern_current_province())));
--> statement-breakpoint
GRANT SELECT ON TABLE data_quality_screening_entries_own, data_quality_case_entries_own,
  data_quality_referral_outcomes_own TO lantern_app;
