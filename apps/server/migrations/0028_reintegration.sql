-- Issue #18: reintegration follow-up. The visits planned after a person's return (1, 3, 6, 12 months) and the
-- scored assessment recorded at each. Both are case records: visible exactly when the case is (the cases
-- policy, through lantern_case_visible), written only by the owning agency, and audited in the same transaction.
CREATE TABLE "reintegration_visits" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"months" integer NOT NULL CHECK ("months" > 0),
	"reference_on" date NOT NULL,
	"due_on" date NOT NULL CHECK ("due_on" > "reference_on"),
	"created_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX "reintegration_visits_case_months_idx" ON "reintegration_visits" USING btree ("case_id","months");
--> statement-breakpoint
CREATE TABLE "reintegration_assessments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL REFERENCES "cases"("id"),
	"visit_id" uuid NOT NULL REFERENCES "reintegration_visits"("id"),
	"instrument_id" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"visited_on" date NOT NULL,
	"answers_sealed" text NOT NULL,
	"dimension_scores" jsonb NOT NULL,
	-- A weighted mean of scores in 0–1; null when nothing was answered.
	"composite" double precision CHECK ("composite" >= 0 AND "composite" <= 1),
	"recorded_by" uuid NOT NULL REFERENCES "users"("id"),
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
-- One assessment per visit: a second one for the same visit is a conflict, not a silent replacement.
CREATE UNIQUE INDEX "reintegration_assessments_visit_idx" ON "reintegration_assessments" USING btree ("visit_id");
--> statement-breakpoint
CREATE INDEX "reintegration_assessments_case_idx" ON "reintegration_assessments" USING btree ("case_id","visited_on");
--> statement-breakpoint
-- Recorded assessments are kept as made: a correction would be a new record, never an edit.
GRANT SELECT, INSERT ON TABLE reintegration_visits, reintegration_assessments TO lantern_app;
--> statement-breakpoint
ALTER TABLE reintegration_visits ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reintegration_visits_read ON reintegration_visits FOR SELECT
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
CREATE POLICY reintegration_visits_plan ON reintegration_visits FOR INSERT WITH CHECK (
  created_by = lantern_current_actor()
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
ALTER TABLE reintegration_assessments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY reintegration_assessments_read ON reintegration_assessments FOR SELECT
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
CREATE POLICY reintegration_assessments_record ON reintegration_assessments FOR INSERT WITH CHECK (
  recorded_by = lantern_current_actor()
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
  AND EXISTS (SELECT 1 FROM reintegration_visits v WHERE v.id = visit_id AND v.case_id = reintegration_assessments.case_id)
);
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER reintegration_visits_audited AFTER INSERT OR UPDATE OR DELETE ON reintegration_visits
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER reintegration_assessments_audited AFTER INSERT OR UPDATE OR DELETE ON reintegration_assessments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
