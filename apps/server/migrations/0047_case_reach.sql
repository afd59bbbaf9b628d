-- Which agencies reach a case they do not own — an open referral to the agency or a live share to it, either
-- within a live sharing consent naming the agency or its type (a referral also under an audited override) —
-- kept as rows instead of worked out again for every case row a request reads. Until now row-level security
-- called lantern_case_visible for every such row: a function call with three index probes each time, repeated
-- for the same case by the list, its total, and the consents and notes policies that look the case up. At a
-- million cases an agency with 757 open incoming referrals paid 1.5–2.5 s for one page of its case list. Now
-- the cases policy is plain SQL the planner inlines, and a referred row costs one probe of this table.
--
-- The rows follow from referrals, case_shares, consents and agencies only, and statement triggers on those
-- tables rewrite the rows of every case a statement touched (lantern_refresh_case_reach), in the same
-- transaction: there is no path that changes who is reached without changing this table. Who sees what does not
-- change; access/case-scope-matrix.int.test.ts holds both walls to it, and access/case-reach.int.test.ts holds
-- the table to its definition.
CREATE TABLE case_reach (
  case_id uuid NOT NULL REFERENCES cases(id) ON DELETE CASCADE,
  agency_id uuid NOT NULL REFERENCES agencies(id) ON DELETE CASCADE,
  PRIMARY KEY (agency_id, case_id)
);
--> statement-breakpoint
CREATE INDEX case_reach_case_idx ON case_reach (case_id);
--> statement-breakpoint
ALTER TABLE case_reach ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Requests read only their own agency's rows (the cases policy asks for nothing else); only the triggers write.
CREATE POLICY case_reach_read ON case_reach FOR SELECT USING (agency_id = lantern_current_agency());
--> statement-breakpoint
GRANT SELECT ON TABLE case_reach TO lantern_app;
--> statement-breakpoint
-- The rule, stated once: the same as the referral and share arms of migration 0035's lantern_case_visible.
-- Read only by the schema owner (the rewrite below and the fill at the end); requests read case_reach.
CREATE VIEW case_reach_rule AS
  SELECT r.case_id, r.to_agency_id AS agency_id FROM referrals r JOIN agencies a ON a.id = r.to_agency_id
  WHERE r.status IN ('sent', 'accepted', 'in_progress')
    AND (r.consent_overridden OR EXISTS (
      SELECT 1 FROM consents c
      WHERE c.case_id = r.case_id AND c.purpose = 'sharing' AND c.withdrawn_at IS NULL
        AND (r.to_agency_id = ANY (c.sharing_agency_ids) OR a.type_code = ANY (c.sharing_agency_types))))
  UNION
  SELECT s.case_id, s.agency_id FROM case_shares s JOIN agencies a ON a.id = s.agency_id
  WHERE s.revoked_at IS NULL
    AND EXISTS (
      SELECT 1 FROM consents c
      WHERE c.case_id = s.case_id AND c.purpose = 'sharing' AND c.withdrawn_at IS NULL
        AND (s.agency_id = ANY (c.sharing_agency_ids) OR a.type_code = ANY (c.sharing_agency_types)));
--> statement-breakpoint
-- Rewriting a case's rows from the rule.
-- Two transactions changing the same case (two referrals sent at once, a referral declined while a consent is
-- withdrawn) would each rewrite the case's rows from their own snapshot: the second insert of a pair would
-- collide, or a stale answer would win. So each rewrite first takes a transaction lock per case (an advisory
-- lock on the case id, in a fixed order so two rewrites cannot wait on each other), and each statement after it
-- reads what the transaction that held it committed. The lock is the case's alone: nothing country-wide waits.
CREATE FUNCTION lantern_refresh_case_reach(for_cases uuid[]) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  DECLARE
    lock_key integer;
  BEGIN
    FOR lock_key IN SELECT DISTINCT hashtext(c::text) FROM unnest(for_cases) AS c ORDER BY 1 LOOP
      PERFORM pg_advisory_xact_lock(1667331432, lock_key);
    END LOOP;
    DELETE FROM case_reach WHERE case_id = ANY (for_cases);
    -- The planner pushes the case filter into both arms of the rule's union.
    INSERT INTO case_reach (case_id, agency_id)
    SELECT rule.case_id, rule.agency_id FROM case_reach_rule rule WHERE rule.case_id = ANY (for_cases);
  END
  $$;
--> statement-breakpoint
-- One trigger function for every table and event: each trigger names its transition table `changed`.
CREATE FUNCTION lantern_case_reach_follow() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    PERFORM lantern_refresh_case_reach(ARRAY(SELECT DISTINCT changed.case_id FROM changed));
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER referrals_reach_insert AFTER INSERT ON referrals
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_reach_follow();
--> statement-breakpoint
CREATE TRIGGER referrals_reach_update AFTER UPDATE ON referrals
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_reach_follow();
--> statement-breakpoint
CREATE TRIGGER referrals_reach_delete AFTER DELETE ON referrals
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_reach_follow();
--> statement-breakpoint
CREATE TRIGGER case_shares_reach_insert AFTER INSERT ON case_shares
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_reach_follow();
--> statement-breakpoint
CREATE TRIGGER case_shares_reach_update AFTER UPDATE ON case_shares
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_reach_follow();
--> statement-breakpoint
CREATE TRIGGER case_shares_reach_delete AFTER DELETE ON case_shares
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_reach_follow();
--> statement-breakpoint
CREATE TRIGGER consents_reach_insert AFTER INSERT ON consents
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_reach_follow();
--> statement-breakpoint
CREATE TRIGGER consents_reach_update AFTER UPDATE ON consents
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_reach_follow();
--> statement-breakpoint
CREATE TRIGGER consents_reach_delete AFTER DELETE ON consents
  REFERENCING OLD TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_reach_follow();
--> statement-breakpoint
-- A consent may name agency types: an agency whose type changes may gain or lose the cases it reaches.
CREATE FUNCTION lantern_case_reach_agency_type() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    PERFORM lantern_refresh_case_reach(ARRAY(
      SELECT r.case_id FROM referrals r WHERE r.to_agency_id = NEW.id
      UNION SELECT s.case_id FROM case_shares s WHERE s.agency_id = NEW.id));
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
CREATE TRIGGER agencies_reach_type AFTER UPDATE OF type_code ON agencies
  FOR EACH ROW WHEN (OLD.type_code IS DISTINCT FROM NEW.type_code) EXECUTE FUNCTION lantern_case_reach_agency_type();
--> statement-breakpoint
INSERT INTO case_reach (case_id, agency_id) SELECT case_id, agency_id FROM case_reach_rule;
--> statement-breakpoint
CREATE INDEX access_grants_user_resource_idx ON access_grants (user_id, resource_type, resource_id);
--> statement-breakpoint
-- The rule for a single row (the application's caseScope and any later caller), from the same pieces.
CREATE OR REPLACE FUNCTION lantern_case_visible(owner uuid, province text, creator uuid, case_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT (owner = lantern_current_agency() AND lantern_has_permission('case.read'))
      OR (creator = lantern_current_actor() AND lantern_has_permission('case.create'))
      OR (lantern_has_permission('case.read_province') AND province = lantern_current_province())
      OR (lantern_has_permission('case.read') AND EXISTS (
        SELECT 1 FROM case_reach x
        WHERE x.case_id = lantern_case_visible.case_id AND x.agency_id = lantern_current_agency()))
      OR EXISTS (
        SELECT 1 FROM access_grants g
        WHERE g.user_id = lantern_current_actor() AND g.resource_type = 'case'
          AND g.resource_id = lantern_case_visible.case_id AND g.expires_at > now())
  $$;
--> statement-breakpoint
-- The same rule inline, so the planner sees every arm: the own-agency arm by comparing two values, the
-- province's by one value computed once per statement, a referred or shared row by one probe of case_reach.
DROP POLICY cases_read ON cases;
--> statement-breakpoint
CREATE POLICY cases_read ON cases FOR SELECT USING (
  (owner_agency_id = lantern_current_agency() AND lantern_has_permission('case.read'))
  OR (created_by = lantern_current_actor() AND lantern_has_permission('case.create'))
  OR (lantern_has_permission('case.read_province') AND province_code = (SELECT lantern_current_province()))
  OR (lantern_has_permission('case.read') AND EXISTS (
    SELECT 1 FROM case_reach x WHERE x.case_id = cases.id AND x.agency_id = lantern_current_agency()))
  OR EXISTS (
    SELECT 1 FROM access_grants g
    WHERE g.user_id = lantern_current_actor() AND g.resource_type = 'case' AND g.resource_id = cases.id
      AND g.expires_at > now())
);
