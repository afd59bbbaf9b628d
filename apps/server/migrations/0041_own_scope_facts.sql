-- Issue #19: the own scope of an indicator (a supervisor's agency, a provincial coordinator's province) read
-- through the security_invoker fact views paid row-level security on every case and person it counted — the
-- visibility function per case and again per person, ~90 µs a case: 0.3 s for a province of 30,000 cases and
-- seconds at a million. The _own views below state the own scope itself in the database instead, with
-- predicates the planner serves from indexes: only for holders of indicators.read, only the reader's agency's
-- records (with case.read or screening.read) or their province's (with case.read_province). It is the same rule
-- the application adds on top (access/statistics-scope.ts), so each wall alone still holds the scope, and it is
-- narrower than what row-level security lets the reader see. Figures only, as before.
--
-- Each setting is read once per statement (a scalar subquery is an init plan), not once per row: a function
-- call per row here would cost what row-level security cost. indicator_case_rows is the ungated base the _own
-- views share; lantern_app is not granted it.
CREATE VIEW indicator_case_rows AS
  SELECT c.id, c.owner_agency_id, c.province_code, c.received_on,
    c.status_decided_on AS verified_on,
    CASE WHEN c.trafficking_status = 'ActualVictimOfTrafficking' THEN c.status_decided_on END AS identified_on,
    (SELECT min(d.delivered_on) FROM support_deliveries d
      WHERE d.case_id = c.id AND d.status IN ('recorded', 'approved')) AS first_support_on,
    p.sex, p.age_band, p.nationality, c.exploitation_types, c.recruitment_methods, c.recruitment_platforms,
    c.journey #>> '{exploitation,0,country}' AS destination_country,
    a.type_code AS agency_type
  FROM cases c
  JOIN persons p ON p.id = c.person_id
  JOIN agencies a ON a.id = c.owner_agency_id;
--> statement-breakpoint
CREATE VIEW indicator_case_facts_own AS
  SELECT f.* FROM indicator_case_rows f
  WHERE (SELECT lantern_has_permission('indicators.read')) AND (
    (f.owner_agency_id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND f.province_code = (SELECT lantern_current_province())));
--> statement-breakpoint
CREATE VIEW indicator_screening_facts_own AS
  SELECT s.id, s.agency_id AS owner_agency_id, coalesce(s.province_code, a.province_code) AS province_code,
    (s.screened_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS screened_on, s.outcome, a.type_code AS agency_type
  FROM screenings s
  JOIN agencies a ON a.id = s.agency_id
  WHERE (SELECT lantern_has_permission('indicators.read')) AND (
    (s.agency_id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND coalesce(s.province_code, a.province_code) = (SELECT lantern_current_province())));
--> statement-breakpoint
CREATE VIEW indicator_referral_facts_own AS
  SELECT r.id, r.from_agency_id AS owner_agency_id, r.case_id,
    (r.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS sent_on,
    r.status, r.kind, r.respond_by, r.complete_by, r.answered_at,
    f.province_code, f.sex, f.age_band, f.nationality, f.exploitation_types, f.recruitment_methods,
    f.recruitment_platforms, f.destination_country, f.agency_type
  FROM referrals r
  JOIN indicator_case_rows f ON f.id = r.case_id
  WHERE (SELECT lantern_has_permission('indicators.read')) AND (
    (r.from_agency_id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND f.province_code = (SELECT lantern_current_province())));
--> statement-breakpoint
CREATE VIEW indicator_visit_facts_own AS
  SELECT v.id, f.owner_agency_id, v.case_id, v.months, v.due_on, ra.visited_on, ra.composite,
    f.province_code, f.sex, f.age_band, f.nationality, f.exploitation_types, f.recruitment_methods,
    f.recruitment_platforms, f.destination_country, f.agency_type
  FROM reintegration_visits v
  JOIN indicator_case_rows f ON f.id = v.case_id
  LEFT JOIN reintegration_assessments ra ON ra.visit_id = v.id
  WHERE (SELECT lantern_has_permission('indicators.read')) AND (
    (f.owner_agency_id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND f.province_code = (SELECT lantern_current_province())));
--> statement-breakpoint
CREATE VIEW indicator_training_facts_own AS
  SELECT tp.id, tp.agency_id AS owner_agency_id, a.province_code, e.held_on AS trained_on, tp.role, tp.sex,
    NULL::text AS age_band, a.type_code AS agency_type
  FROM training_participants tp
  JOIN training_events e ON e.id = tp.event_id
  JOIN agencies a ON a.id = tp.agency_id
  CROSS JOIN LATERAL generate_series(1, tp.staff_count) AS person(n)
  WHERE (SELECT lantern_has_permission('indicators.read')) AND (
    (tp.agency_id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND a.province_code = (SELECT lantern_current_province())));
--> statement-breakpoint
CREATE VIEW indicator_group_facts_own AS
  SELECT g.id, g.agency_id AS owner_agency_id, g.province_code, g.started_on AS formed_on, g.status,
    a.type_code AS agency_type
  FROM self_help_groups g
  JOIN agencies a ON a.id = g.agency_id
  WHERE (SELECT lantern_has_permission('indicators.read')) AND (
    (g.agency_id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND g.province_code = (SELECT lantern_current_province())));
--> statement-breakpoint
CREATE VIEW indicator_group_member_facts_own AS
  SELECT m.id, g.agency_id AS owner_agency_id, g.province_code, m.joined_on, m.left_on, p.sex, p.age_band
  FROM self_help_group_members m
  JOIN self_help_groups g ON g.id = m.group_id
  LEFT JOIN self_help_group_member_cases mc ON mc.member_id = m.id
  LEFT JOIN cases c ON c.id = mc.case_id
  LEFT JOIN persons p ON p.id = c.person_id
  WHERE (SELECT lantern_has_permission('indicators.read')) AND (
    (g.agency_id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND g.province_code = (SELECT lantern_current_province())));
--> statement-breakpoint
CREATE VIEW indicator_contact_facts_own AS
  SELECT ct.id, ct.agency_id AS owner_agency_id, coalesce(ct.province_code, a.province_code) AS province_code,
    (ct.contacted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS contacted_on, p.sex, p.age_band,
    a.type_code AS agency_type
  FROM contacts ct
  JOIN agencies a ON a.id = ct.agency_id
  LEFT JOIN cases c ON c.id = ct.case_id
  LEFT JOIN persons p ON p.id = c.person_id
  WHERE (SELECT lantern_has_permission('indicators.read')) AND (
    (ct.agency_id = (SELECT lantern_current_agency())
      AND (SELECT lantern_has_permission('case.read') OR lantern_has_permission('screening.read')))
    OR ((SELECT lantern_has_permission('case.read_province')) AND coalesce(ct.province_code, a.province_code) = (SELECT lantern_current_province())));
--> statement-breakpoint
GRANT SELECT ON TABLE indicator_case_facts_own, indicator_screening_facts_own, indicator_referral_facts_own,
  indicator_visit_facts_own, indicator_training_facts_own, indicator_group_facts_own,
  indicator_group_member_facts_own, indicator_contact_facts_own TO lantern_app;
