-- Coordination between agencies that hold a record of the same person (issue #17).
-- An agency says whether a searcher from another agency may see its name and public contact when a search finds
-- a record it holds. Agencies are public bodies, so they are named unless they opt out.
ALTER TABLE agencies ADD COLUMN discloses_as_holder boolean DEFAULT true NOT NULL;
--> statement-breakpoint
-- Whether agencies of a type do case work. Those that do not (frontline posts) hand the cases they register to one
-- that does, by a transfer referral sent in the registration's transaction. Configuration: administrators edit it.
ALTER TABLE agency_types ADD COLUMN carries_cases boolean DEFAULT true NOT NULL;
--> statement-breakpoint
-- The seeded frontline types; a fresh installation seeds its types after this runs (db/bootstrap.ts sets them).
UPDATE agency_types SET carries_cases = false
  WHERE code IN ('commune_peoples_committee', 'commune_police', 'provincial_police_anti_trafficking',
                 'border_guard_post', 'health_facility', 'social_policy_bank', 'ministry');
--> statement-breakpoint
GRANT UPDATE (carries_cases) ON TABLE agency_types TO lantern_app;
--> statement-breakpoint
-- Who holds the cases a search found, for a searcher who may not see them: the code and the owning agency, nothing
-- about the person. Row-level security hides those cases from the caller, hence SECURITY DEFINER, limited to the
-- callers who may search.
CREATE OR REPLACE FUNCTION lantern_case_holders(case_ids uuid[])
  RETURNS TABLE (case_id uuid, case_code text, holder_agency_id uuid)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    IF NOT (lantern_has_permission('case.create') OR lantern_has_permission('case.read')) THEN
      RAISE EXCEPTION 'lantern: case holders need case.create or case.read' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY SELECT c.id, c.code, c.owner_agency_id FROM cases c WHERE c.id = ANY (case_ids);
  END $$;
--> statement-breakpoint
-- A registering agency that does no case work hands the new case over as part of its registration: the
-- registering user (who may register but need not send referrals) sends one transfer, of a case they registered
-- in this very transaction. The owning agency's senders keep the general policy (referrals_send).
CREATE POLICY referrals_hand_over_at_registration ON referrals FOR INSERT WITH CHECK (
  kind = 'transfer' AND sent_by = lantern_current_actor() AND from_agency_id = lantern_current_agency()
  AND lantern_has_permission('case.create')
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency()
              AND c.created_by = lantern_current_actor() AND c.created_at = now()::timestamp (3) with time zone)
);
