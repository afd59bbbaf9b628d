-- Issue #19, scale: the case facts every case, referral and visit indicator reads, kept as one narrow row per
-- case instead of worked out from the wide rows at each computation. Until now a fact was read from the case
-- row (journey, free text, sealed identity: ~72,000 heap blocks for one province of 128,583 cases at 1,000,000
-- persons), the person row (one index probe per case for sex, age band and nationality) and the first support
-- delivery: 1.3 s warm and ~10 s cold for one indicator of one province, and most of each national table. This is
-- what DHIS2 does with its analytics tables (denormalised, narrow, read by every aggregate), but kept in the same
-- transaction as the change, so figures are never behind the data.
--
-- The rows follow from cases, persons, agencies and support deliveries only, and statement triggers on those
-- tables rewrite the rows of every case a statement touched, in the same transaction: there is no path that
-- changes a fact without changing this table. indicators/case-statistics.int.test.ts holds the table to its
-- definition (case_statistics_rule) after each kind of change.
CREATE TABLE case_statistics (
  id uuid PRIMARY KEY REFERENCES cases(id) ON DELETE CASCADE,
  owner_agency_id uuid NOT NULL,
  province_code text NOT NULL,
  received_on date NOT NULL,
  verified_on date,
  identified_on date,
  first_support_on date,
  sex text,
  age_band text,
  nationality text,
  exploitation_types text[] NOT NULL,
  recruitment_methods text[] NOT NULL,
  recruitment_platforms text[] NOT NULL,
  destination_country text,
  agency_type text NOT NULL
);
--> statement-breakpoint
-- One province (a provincial coordinator's own scope) and one agency (a supervisor's) read their rows through
-- these; the national tables read the whole table.
CREATE INDEX case_statistics_province_idx ON case_statistics (province_code, received_on);
--> statement-breakpoint
CREATE INDEX case_statistics_agency_idx ON case_statistics (owner_agency_id, received_on);
--> statement-breakpoint
-- Read only through the indicator views (owned by the schema owner); requests hold no grant on it, and row-level
-- security without a policy refuses them even if one were given.
ALTER TABLE case_statistics ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The definition, stated once: what indicator_case_rows was until now (migration 0048).
CREATE VIEW case_statistics_rule AS
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
-- Rewriting the rows of some cases from the rule. Two transactions changing the same case (a support delivery
-- recorded while the case's status is decided) would each compute the row from their own snapshot, and the
-- later commit would put back what the earlier one changed. So each rewrite first locks the cases (in a fixed
-- order, so two rewrites cannot wait on each other), and the statement after it reads what the transaction that
-- held them committed. The case row, because that is what the application locks first when it changes a case
-- (a status decided, a person corrected): a lock taken in the same order cannot deadlock with it. FOR NO KEY
-- UPDATE, which notes, events and referrals pointing at the case do not wait for. Row locks: nothing
-- country-wide waits, and a statement touching thousands of cases takes no entry in the lock table.
CREATE FUNCTION lantern_refresh_case_statistics(for_cases uuid[]) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    IF cardinality(for_cases) = 0 THEN RETURN; END IF;
    PERFORM 1 FROM cases c WHERE c.id = ANY (for_cases) ORDER BY c.id FOR NO KEY UPDATE;
    INSERT INTO case_statistics AS s
    SELECT rule.* FROM case_statistics_rule rule WHERE rule.id = ANY (for_cases)
    ON CONFLICT (id) DO UPDATE SET
      owner_agency_id = excluded.owner_agency_id, province_code = excluded.province_code,
      received_on = excluded.received_on, verified_on = excluded.verified_on,
      identified_on = excluded.identified_on, first_support_on = excluded.first_support_on,
      sex = excluded.sex, age_band = excluded.age_band, nationality = excluded.nationality,
      exploitation_types = excluded.exploitation_types, recruitment_methods = excluded.recruitment_methods,
      recruitment_platforms = excluded.recruitment_platforms, destination_country = excluded.destination_country,
      agency_type = excluded.agency_type
    WHERE s IS DISTINCT FROM excluded;
  END
  $$;
--> statement-breakpoint
-- New cases: nobody else can change them yet, so they are not locked (a bulk load writes them once). Their
-- person and agency are held FOR SHARE first: a correction of the person's sex or a change of the agency's type
-- running at that moment is waited for and then read, and one that comes later waits for this transaction and
-- then finds the new case.
CREATE FUNCTION lantern_fill_case_statistics(for_cases uuid[]) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM 1 FROM cases c JOIN persons p ON p.id = c.person_id JOIN agencies a ON a.id = c.owner_agency_id
     WHERE c.id = ANY (for_cases) ORDER BY p.id FOR SHARE OF p, a;
    INSERT INTO case_statistics SELECT rule.* FROM case_statistics_rule rule WHERE rule.id = ANY (for_cases);
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lantern_refresh_case_statistics(uuid[]) FROM PUBLIC;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lantern_fill_case_statistics(uuid[]) FROM PUBLIC;
--> statement-breakpoint
CREATE FUNCTION lantern_case_statistics_cases_insert() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM lantern_fill_case_statistics(ARRAY(SELECT changed.id FROM changed));
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
-- Most updates of a case (notes count, version, updated_at, a sealed identity) change no fact: those cases are
-- left alone, so everyday case work pays one comparison per row.
CREATE FUNCTION lantern_case_statistics_cases_update() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM lantern_refresh_case_statistics(ARRAY(
      SELECT new_rows.id FROM new_rows JOIN old_rows ON old_rows.id = new_rows.id
       WHERE (new_rows.person_id, new_rows.owner_agency_id, new_rows.province_code, new_rows.received_on, new_rows.status_decided_on,
              new_rows.trafficking_status, new_rows.exploitation_types, new_rows.recruitment_methods,
              new_rows.recruitment_platforms, new_rows.journey #>> '{exploitation,0,country}')
             IS DISTINCT FROM
             (old_rows.person_id, old_rows.owner_agency_id, old_rows.province_code, old_rows.received_on,
              old_rows.status_decided_on, old_rows.trafficking_status, old_rows.exploitation_types,
              old_rows.recruitment_methods, old_rows.recruitment_platforms,
              old_rows.journey #>> '{exploitation,0,country}')));
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE FUNCTION lantern_case_statistics_persons_update() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM lantern_refresh_case_statistics(ARRAY(
      SELECT c.id FROM new_rows JOIN old_rows ON old_rows.id = new_rows.id JOIN cases c ON c.person_id = new_rows.id
       WHERE (new_rows.sex, new_rows.age_band, new_rows.nationality) IS DISTINCT FROM
             (old_rows.sex, old_rows.age_band, old_rows.nationality)));
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
-- Support deliveries: a new or removed one (each trigger names its transition table `changed`), and a changed
-- one when its case, day or status changed (an approval request or a note changes no fact).
CREATE FUNCTION lantern_case_statistics_support_follow() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM lantern_refresh_case_statistics(ARRAY(SELECT DISTINCT changed.case_id FROM changed));
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE FUNCTION lantern_case_statistics_support_update() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM lantern_refresh_case_statistics(ARRAY(
      SELECT new_rows.case_id FROM new_rows JOIN old_rows ON old_rows.id = new_rows.id
       WHERE (new_rows.case_id, new_rows.delivered_on, new_rows.status)
             IS DISTINCT FROM (old_rows.case_id, old_rows.delivered_on, old_rows.status)
      UNION
      SELECT old_rows.case_id FROM new_rows JOIN old_rows ON old_rows.id = new_rows.id
       WHERE new_rows.case_id IS DISTINCT FROM old_rows.case_id));
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
-- An agency changing type changes the agency type of all its cases (tens of thousands in a busy province).
CREATE FUNCTION lantern_case_statistics_agency_type() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
  BEGIN
    PERFORM lantern_refresh_case_statistics(ARRAY(SELECT c.id FROM cases c WHERE c.owner_agency_id = NEW.id));
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER cases_statistics_insert AFTER INSERT ON cases
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_statistics_cases_insert();
--> statement-breakpoint
CREATE TRIGGER cases_statistics_update AFTER UPDATE ON cases
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_statistics_cases_update();
--> statement-breakpoint
CREATE TRIGGER persons_statistics_update AFTER UPDATE ON persons
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_statistics_persons_update();
--> statement-breakpoint
CREATE TRIGGER support_deliveries_statistics_insert AFTER INSERT ON support_deliveries
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_statistics_support_follow();
--> statement-breakpoint
CREATE TRIGGER support_deliveries_statistics_update AFTER UPDATE ON support_deliveries
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_statistics_support_update();
--> statement-breakpoint
CREATE TRIGGER support_deliveries_statistics_delete AFTER DELETE ON support_deliveries
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_statistics_support_follow();
--> statement-breakpoint
CREATE TRIGGER agencies_statistics_type AFTER UPDATE OF type_code ON agencies
  FOR EACH ROW WHEN (OLD.type_code IS DISTINCT FROM NEW.type_code)
  EXECUTE FUNCTION lantern_case_statistics_agency_type();
--> statement-breakpoint
INSERT INTO case_statistics SELECT rule.* FROM case_statistics_rule rule;
--> statement-breakpoint
ANALYZE case_statistics;
--> statement-breakpoint
-- The fact views read the kept rows. Same columns, same rows; the permission gates are unchanged.
CREATE OR REPLACE VIEW indicator_case_rows AS
  SELECT s.id, s.owner_agency_id, s.province_code, s.received_on, s.verified_on, s.identified_on,
    s.first_support_on, s.sex, s.age_band, s.nationality, s.exploitation_types, s.recruitment_methods,
    s.recruitment_platforms, s.destination_country, s.agency_type
  FROM case_statistics s;
--> statement-breakpoint
CREATE OR REPLACE VIEW indicator_case_facts_national AS
  SELECT s.id, s.owner_agency_id, s.province_code, s.received_on, s.verified_on, s.identified_on,
    s.first_support_on, s.sex, s.age_band, s.nationality, s.exploitation_types, s.recruitment_methods,
    s.recruitment_platforms, s.destination_country, s.agency_type
  FROM (SELECT WHERE lantern_has_permission('stats.read_aggregate') OFFSET 0) AS gate
  CROSS JOIN case_statistics s;
