-- A share lasts only as long as the person's sharing consent covers the agency it was made to. The rule is
-- stated once here, for the database's wall, and again in access/case-policy.ts for the application's: even a
-- share row nobody ended grants nothing once no live (not withdrawn) sharing consent names the agency or its
-- type. Referrals will ask the same function.
CREATE FUNCTION lantern_sharing_consented(for_case uuid, for_agency uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (
      SELECT 1 FROM consents c JOIN agencies a ON a.id = for_agency
      WHERE c.case_id = for_case AND c.purpose = 'sharing' AND c.withdrawn_at IS NULL
        AND (for_agency = ANY (c.sharing_agency_ids) OR a.type_code = ANY (c.sharing_agency_types)))
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantern_case_visible(owner uuid, province text, creator uuid, case_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT (owner = lantern_current_agency() AND lantern_has_permission('case.read'))
      OR (creator = lantern_current_actor() AND lantern_has_permission('case.create'))
      OR (lantern_has_permission('case.read_province') AND province = lantern_current_province())
      OR (lantern_has_permission('case.read') AND EXISTS (
           SELECT 1 FROM case_shares s WHERE s.case_id = lantern_case_visible.case_id
             AND s.agency_id = lantern_current_agency() AND s.revoked_at IS NULL
             AND lantern_sharing_consented(s.case_id, s.agency_id)))
      OR EXISTS (SELECT 1 FROM access_grants g WHERE g.user_id = lantern_current_actor()
                 AND g.resource_type = 'case' AND g.resource_id = lantern_case_visible.case_id AND g.expires_at > now())
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_sharing_consented(uuid, uuid) TO lantern_app;
--> statement-breakpoint
-- Why a share ended: 'revoked' by the owning agency, or 'consent_withdrawn' when the person withdrew the
-- consent it relied on. Null while the share is live and for shares ended before this column existed.
ALTER TABLE case_shares ADD COLUMN ended_because text;
--> statement-breakpoint
GRANT UPDATE (ended_because) ON TABLE case_shares TO lantern_app;
--> statement-breakpoint
-- Break-the-glass reasons are the user's own words and name people ("chị Xuyến"): from now on a category in
-- the clear (what the audit trail carries) and the words sealed in the application, bound to the grant.
ALTER TABLE access_grants ADD COLUMN category text;
--> statement-breakpoint
ALTER TABLE access_grants ADD COLUMN reason_sealed text;
--> statement-breakpoint
ALTER TABLE access_grants ALTER COLUMN reason DROP NOT NULL;
--> statement-breakpoint
-- Reasons written before this migration cannot be sealed here: SQL has no key. They are dropped rather than
-- kept in the clear. Nothing is lost that anyone could read before: the same words are in that grant's
-- audit event (immutable, read by auditors), and a grant lasts three hours. The change is made by this
-- reviewed migration, not by a request, so the audit guard is set aside for this one statement.
ALTER TABLE access_grants DISABLE TRIGGER access_grants_audited;
--> statement-breakpoint
UPDATE access_grants SET reason = NULL WHERE reason IS NOT NULL;
--> statement-breakpoint
ALTER TABLE access_grants ENABLE TRIGGER access_grants_audited;
--> statement-breakpoint
-- Shares whose consent was withdrawn before this migration grant nothing from now on; they are also ended
-- here, so that a consent recorded later cannot bring one back unseen. Same reasoning for the audit guard.
ALTER TABLE case_shares DISABLE TRIGGER case_shares_audited;
--> statement-breakpoint
UPDATE case_shares SET revoked_at = now(), ended_because = 'consent_withdrawn'
  WHERE revoked_at IS NULL AND NOT lantern_sharing_consented(case_id, agency_id);
--> statement-breakpoint
ALTER TABLE case_shares ENABLE TRIGGER case_shares_audited;
