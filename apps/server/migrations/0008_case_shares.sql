CREATE TABLE "case_shares" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"agency_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"granted_by" uuid NOT NULL,
	"granted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"revoked_at" timestamp (3) with time zone,
	"revoked_by" uuid
);
--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_granted_by_users_id_fk" FOREIGN KEY ("granted_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_shares" ADD CONSTRAINT "case_shares_revoked_by_users_id_fk" FOREIGN KEY ("revoked_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_shares_agency_idx" ON "case_shares" USING btree ("agency_id","case_id");--> statement-breakpoint
CREATE INDEX "case_shares_case_idx" ON "case_shares" USING btree ("case_id");--> statement-breakpoint
-- The visibility rule gains "shared with my agency": an explicit, unrevoked share to the actor's agency,
-- read with case.read like the agency's own cases.
CREATE OR REPLACE FUNCTION lantern_case_visible(owner uuid, province text, creator uuid, case_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT (owner = lantern_current_agency() AND lantern_has_permission('case.read'))
      OR (creator = lantern_current_actor() AND lantern_has_permission('case.create'))
      OR (lantern_has_permission('case.read_province') AND province = lantern_current_province())
      OR (lantern_has_permission('case.read') AND EXISTS (
           SELECT 1 FROM case_shares s WHERE s.case_id = lantern_case_visible.case_id
             AND s.agency_id = lantern_current_agency() AND s.revoked_at IS NULL))
      OR EXISTS (SELECT 1 FROM access_grants g WHERE g.user_id = lantern_current_actor()
                 AND g.resource_type = 'case' AND g.resource_id = lantern_case_visible.case_id AND g.expires_at > now())
  $$;
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE case_shares TO lantern_app;
--> statement-breakpoint
GRANT UPDATE (revoked_at, revoked_by) ON TABLE case_shares TO lantern_app;
--> statement-breakpoint
ALTER TABLE case_shares ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_shares_read ON case_shares FOR SELECT USING (
  agency_id = lantern_current_agency()
  OR EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
CREATE POLICY case_shares_grant ON case_shares FOR INSERT WITH CHECK (
  granted_by = lantern_current_actor()
  AND (lantern_has_permission('referral.create') OR lantern_has_permission('case.update'))
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
CREATE POLICY case_shares_revoke ON case_shares FOR UPDATE
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency()));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER case_shares_audited AFTER INSERT OR UPDATE OR DELETE ON case_shares
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
