-- Issue #18, reintegration and livelihoods: the items of a case's reintegration plan (economic, social and
-- psychosocial support with the agency responsible, a target day, a status and a sealed outcome note) and the
-- livelihood outcomes recorded at follow-up visits (codes only). Both are case records, like the follow-up visits
-- of 0028: visible exactly when the case is, written only by the owning agency, audited in the same transaction.
-- No new permission: planning and recording are case work (case.update or support.manage), as for the visits.
CREATE TABLE "reintegration_plan_items" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"domain" text NOT NULL CHECK ("domain" IN ('economic', 'social', 'psychosocial')),
	"support_type" text NOT NULL,
	"agency_id" uuid NOT NULL REFERENCES "agencies"("id"),
	"target_on" date NOT NULL,
	"status" text NOT NULL CHECK ("status" IN ('planned', 'in_progress', 'done', 'dropped')),
	-- About the person: sealed by the application, bound to the row id.
	"outcome_note_sealed" text,
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_by" uuid NOT NULL REFERENCES "users"("id"),
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "reintegration_plan_items_case_idx" ON "reintegration_plan_items" USING btree ("case_id","target_on");
--> statement-breakpoint
CREATE TABLE "livelihood_outcomes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"visit_id" uuid REFERENCES "reintegration_visits"("id"),
	"recorded_on" date NOT NULL,
	"employment_status" text NOT NULL,
	"income_band" text NOT NULL,
	"loan_status" text NOT NULL,
	"recorded_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX "livelihood_outcomes_case_idx" ON "livelihood_outcomes" USING btree ("case_id","recorded_on");
--> statement-breakpoint
-- Plan items move through their statuses; livelihood outcomes are kept as recorded (a change is a new row).
GRANT SELECT, INSERT, UPDATE ON TABLE reintegration_plan_items TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE livelihood_outcomes TO lantern_app;
--> statement-breakpoint
ALTER TABLE reintegration_plan_items ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reintegration_plan_items_read ON reintegration_plan_items FOR SELECT
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
CREATE POLICY reintegration_plan_items_add ON reintegration_plan_items FOR INSERT WITH CHECK (
  created_by = lantern_current_actor() AND updated_by = lantern_current_actor()
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
CREATE POLICY reintegration_plan_items_change ON reintegration_plan_items FOR UPDATE
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency()))
  WITH CHECK (
    updated_by = lantern_current_actor()
    AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
  );
--> statement-breakpoint
ALTER TABLE livelihood_outcomes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY livelihood_outcomes_read ON livelihood_outcomes FOR SELECT
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
CREATE POLICY livelihood_outcomes_record ON livelihood_outcomes FOR INSERT WITH CHECK (
  recorded_by = lantern_current_actor()
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
  AND (visit_id IS NULL OR EXISTS (
    SELECT 1 FROM reintegration_visits v WHERE v.id = visit_id AND v.case_id = livelihood_outcomes.case_id))
);
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER reintegration_plan_items_audited AFTER INSERT OR UPDATE OR DELETE ON reintegration_plan_items
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER livelihood_outcomes_audited AFTER INSERT OR UPDATE OR DELETE ON livelihood_outcomes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
