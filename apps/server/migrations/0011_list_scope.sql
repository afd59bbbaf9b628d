CREATE INDEX "cases_creator_idx" ON "cases" USING btree ("created_by");--> statement-breakpoint
-- The same rule as before, with the common case first and in plain SQL: a row of the actor's own agency is
-- decided by comparing two values (inlined, cheap, and usable with the owner index), and only other rows go
-- through lantern_case_visible's shares, grants and province checks. A long list no longer pays a function
-- call with two sub-queries per row.
DROP POLICY cases_read ON cases;
--> statement-breakpoint
CREATE POLICY cases_read ON cases FOR SELECT USING (
  (owner_agency_id = lantern_current_agency() AND lantern_has_permission('case.read'))
  OR lantern_case_visible(owner_agency_id, province_code, created_by, id)
);
