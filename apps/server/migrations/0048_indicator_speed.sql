-- Issue #19, scale: the national dashboard's cold computation. Measured query by query
-- (bench/indicator-queries.ts), the case facts paid for two things no indicator asked for:
--
-- 1. first_support_on was a correlated subquery in the view's select list. A plain view is folded into the
--    indicator's query and each reference to the column becomes its own copy of the subquery, so a median from
--    identification to support ran three index probes per case (filter twice, measure once) and, with the
--    planner's estimates thrown off, a nested loop over agencies. The national view now reads the first
--    delivery of every case in one grouped pass, joined once; the own views (one province) probe the index
--    once per case of their scope through a lateral join.
-- 2. The permission gate of the national view was a WHERE clause without columns, which the planner keeps
--    above every join and which therefore stops it from removing a left join nobody reads. The gate is now a
--    one-row relation of its own (OFFSET 0 keeps it one), so the grouped first deliveries are only read by
--    the indicators that use them. Rows and columns are unchanged, and still empty without
--    stats.read_aggregate.
--
-- The indexes let the fact views read the few columns the indicators use from the indexes alone (index-only
-- scans) instead of the wide case and person rows (journey, free text, sealed identity).
CREATE OR REPLACE VIEW indicator_case_facts_national AS
  SELECT c.id, c.owner_agency_id, c.province_code, c.received_on,
    c.status_decided_on AS verified_on,
    CASE WHEN c.trafficking_status = 'ActualVictimOfTrafficking' THEN c.status_decided_on END AS identified_on,
    fs.first_support_on,
    p.sex, p.age_band, p.nationality, c.exploitation_types, c.recruitment_methods, c.recruitment_platforms,
    c.journey #>> '{exploitation,0,country}' AS destination_country,
    a.type_code AS agency_type
  FROM (SELECT WHERE lantern_has_permission('stats.read_aggregate') OFFSET 0) AS gate
  CROSS JOIN cases c
  JOIN persons p ON p.id = c.person_id
  JOIN agencies a ON a.id = c.owner_agency_id
  LEFT JOIN (SELECT d.case_id, min(d.delivered_on) AS first_support_on FROM support_deliveries d
      WHERE d.status IN ('recorded', 'approved') GROUP BY d.case_id) fs ON fs.case_id = c.id;
--> statement-breakpoint
CREATE OR REPLACE VIEW indicator_case_rows AS
  SELECT c.id, c.owner_agency_id, c.province_code, c.received_on,
    c.status_decided_on AS verified_on,
    CASE WHEN c.trafficking_status = 'ActualVictimOfTrafficking' THEN c.status_decided_on END AS identified_on,
    fs.first_support_on,
    p.sex, p.age_band, p.nationality, c.exploitation_types, c.recruitment_methods, c.recruitment_platforms,
    c.journey #>> '{exploitation,0,country}' AS destination_country,
    a.type_code AS agency_type
  FROM cases c
  JOIN persons p ON p.id = c.person_id
  JOIN agencies a ON a.id = c.owner_agency_id
  LEFT JOIN LATERAL (SELECT min(d.delivered_on) AS first_support_on FROM support_deliveries d
      WHERE d.case_id = c.id AND d.status IN ('recorded', 'approved')) fs ON true;
--> statement-breakpoint
CREATE INDEX cases_indicator_facts_idx ON cases (received_on)
  INCLUDE (id, person_id, owner_agency_id, province_code, trafficking_status, status_decided_on,
    exploitation_types, recruitment_methods, recruitment_platforms);
--> statement-breakpoint
CREATE INDEX persons_indicator_facts_idx ON persons (id) INCLUDE (sex, age_band, nationality);
--> statement-breakpoint
CREATE INDEX reintegration_assessments_indicator_facts_idx ON reintegration_assessments (visit_id)
  INCLUDE (visited_on, composite);
--> statement-breakpoint
-- A referral's day is an expression (the sending time on Viet Nam's calendar): with an index on it the planner
-- has statistics for the dashboard's date range and no longer takes it for a few hundred referrals, which sent
-- a province's own referral tables through a probe per referral of the country.
CREATE INDEX referrals_sent_on_idx ON referrals (((created_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date))
  INCLUDE (case_id, from_agency_id, kind, status);
