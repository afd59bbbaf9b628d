-- Issue #19: programme monitoring. Indicators are computed in SQL over "fact" views that expose only the
-- non-identifying columns statistics need (codes and dates; no sealed column, no name, no free text).
--
-- Two walls, as everywhere: each *_facts view is security_invoker, so a case-level reader (indicators.read) sees
-- exactly the rows row-level security already lets them see; the application adds its agency scope on top.
-- Each *_facts_national view is owned by the schema owner and reads the same facts for the whole country, but
-- only for holders of stats.read_aggregate; the application passes everything it answers from them through the
-- suppression rule of packages/domain/src/indicators/suppression.ts (k = 11, docs/decisions/0005).
CREATE VIEW indicator_case_facts WITH (security_invoker = true) AS
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
CREATE VIEW indicator_screening_facts WITH (security_invoker = true) AS
  SELECT s.id, s.agency_id AS owner_agency_id, coalesce(s.province_code, a.province_code) AS province_code,
    (s.screened_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS screened_on, s.outcome, a.type_code AS agency_type
  FROM screenings s
  JOIN agencies a ON a.id = s.agency_id;
--> statement-breakpoint
-- Referrals of a case (screening hand-offs have no case and no person to describe); the sender's agency owns it.
CREATE VIEW indicator_referral_facts WITH (security_invoker = true) AS
  SELECT r.id, r.from_agency_id AS owner_agency_id, r.case_id,
    (r.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS sent_on,
    r.status, r.kind, r.respond_by, r.complete_by, r.answered_at,
    f.province_code, f.sex, f.age_band, f.nationality, f.exploitation_types, f.recruitment_methods,
    f.recruitment_platforms, f.destination_country, f.agency_type
  FROM referrals r
  JOIN indicator_case_facts f ON f.id = r.case_id;
--> statement-breakpoint
-- Follow-up visits with their assessment (if any): the visit and the assessment subjects both read it.
CREATE VIEW indicator_visit_facts WITH (security_invoker = true) AS
  SELECT v.id, f.owner_agency_id, v.case_id, v.months, v.due_on, ra.visited_on, ra.composite,
    f.province_code, f.sex, f.age_band, f.nationality, f.exploitation_types, f.recruitment_methods,
    f.recruitment_platforms, f.destination_country, f.agency_type
  FROM reintegration_visits v
  JOIN indicator_case_facts f ON f.id = v.case_id
  LEFT JOIN reintegration_assessments ra ON ra.visit_id = v.id;
--> statement-breakpoint
-- The national views: owned by the schema owner and written out in full over the tables (a view that only
-- selected from the security_invoker views above would still read them under the caller's row-level security),
-- so the facts are read with the owner's rights, and empty for anyone without stats.read_aggregate. Plain
-- views, so the planner folds them into the indicator's query and its filters reach the indexes.
CREATE VIEW indicator_case_facts_national AS
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
  JOIN agencies a ON a.id = c.owner_agency_id
  WHERE lantern_has_permission('stats.read_aggregate');
--> statement-breakpoint
CREATE VIEW indicator_screening_facts_national AS
  SELECT s.id, s.agency_id AS owner_agency_id, coalesce(s.province_code, a.province_code) AS province_code,
    (s.screened_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS screened_on, s.outcome, a.type_code AS agency_type
  FROM screenings s
  JOIN agencies a ON a.id = s.agency_id
  WHERE lantern_has_permission('stats.read_aggregate');
--> statement-breakpoint
CREATE VIEW indicator_referral_facts_national AS
  SELECT r.id, r.from_agency_id AS owner_agency_id, r.case_id,
    (r.created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS sent_on,
    r.status, r.kind, r.respond_by, r.complete_by, r.answered_at,
    f.province_code, f.sex, f.age_band, f.nationality, f.exploitation_types, f.recruitment_methods,
    f.recruitment_platforms, f.destination_country, f.agency_type
  FROM referrals r
  JOIN indicator_case_facts_national f ON f.id = r.case_id;
--> statement-breakpoint
CREATE VIEW indicator_visit_facts_national AS
  SELECT v.id, f.owner_agency_id, v.case_id, v.months, v.due_on, ra.visited_on, ra.composite,
    f.province_code, f.sex, f.age_band, f.nationality, f.exploitation_types, f.recruitment_methods,
    f.recruitment_platforms, f.destination_country, f.agency_type
  FROM reintegration_visits v
  JOIN indicator_case_facts_national f ON f.id = v.case_id
  LEFT JOIN reintegration_assessments ra ON ra.visit_id = v.id;
--> statement-breakpoint
GRANT SELECT ON TABLE indicator_case_facts, indicator_screening_facts, indicator_referral_facts,
  indicator_visit_facts, indicator_case_facts_national, indicator_screening_facts_national,
  indicator_referral_facts_national, indicator_visit_facts_national TO lantern_app;
--> statement-breakpoint
-- Installations made before this migration: their seeded supervisor and provincial coordinator roles get
-- indicators.read (their own scope, unsuppressed); the audit event the roles table requires goes with it.
DO $$
  DECLARE event_id uuid := gen_random_uuid();
  BEGIN
    IF EXISTS (SELECT 1 FROM roles WHERE code IN ('supervisor', 'provincial_coordinator')
        AND NOT 'indicators.read' = ANY(permissions)) THEN
      INSERT INTO audit_events (id, occurred_at, action, outcome, user_agent, details, tx_id)
        VALUES (event_id, date_trunc('milliseconds', now()), 'system.seed', 'success', 'lantern-system',
          '{"permissionsAdded":1}'::jsonb, txid_current());
      INSERT INTO audit_pending_seal (event_id) VALUES (event_id);
      UPDATE roles SET permissions = array_append(permissions, 'indicators.read')
        WHERE code IN ('supervisor', 'provincial_coordinator') AND NOT 'indicators.read' = ANY(permissions);
    END IF;
  END $$;
