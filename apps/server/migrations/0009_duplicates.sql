CREATE TABLE "duplicate_candidates" (
	"id" uuid PRIMARY KEY NOT NULL,
	"person_a" uuid NOT NULL,
	"person_b" uuid NOT NULL,
	"score" real NOT NULL,
	"band" text NOT NULL,
	"reasons" jsonb NOT NULL,
	"status" text DEFAULT 'open' NOT NULL,
	"found_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"decided_by" uuid,
	"decided_at" timestamp (3) with time zone,
	CONSTRAINT "duplicate_pair_unique" UNIQUE("person_a","person_b")
);
--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_person_a_persons_id_fk" FOREIGN KEY ("person_a") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_person_b_persons_id_fk" FOREIGN KEY ("person_b") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "duplicate_candidates" ADD CONSTRAINT "duplicate_candidates_decided_by_users_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "duplicate_status_idx" ON "duplicate_candidates" USING btree ("status");--> statement-breakpoint
-- A pair is visible to a supervisor when either person is their agency's (persons' own policy decides), and
-- may be decided only by holders of case.merge in one of the two owning agencies.
GRANT SELECT, INSERT ON TABLE duplicate_candidates TO lantern_app;
--> statement-breakpoint
GRANT UPDATE (status, decided_by, decided_at, score, band, reasons, found_at) ON TABLE duplicate_candidates TO lantern_app;
--> statement-breakpoint
ALTER TABLE duplicate_candidates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE FUNCTION lantern_person_owner(person uuid) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT owner_agency_id FROM persons WHERE id = person $$;
--> statement-breakpoint
-- The latest case of a person, for a pair that crosses agencies: the application passes on only its code
-- and province to a supervisor outside the owning agency.
CREATE FUNCTION lantern_person_case(person uuid) RETURNS TABLE (id uuid, code text, province_code text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT c.id, c.code, c.province_code FROM cases c WHERE c.person_id = person ORDER BY c.received_on DESC LIMIT 1
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_person_owner(uuid), lantern_person_case(uuid) TO lantern_app;
--> statement-breakpoint
CREATE POLICY duplicate_candidates_read ON duplicate_candidates FOR SELECT USING (
  lantern_has_permission('case.merge')
  AND lantern_current_agency() IN (lantern_person_owner(person_a), lantern_person_owner(person_b))
);
--> statement-breakpoint
CREATE POLICY duplicate_candidates_record ON duplicate_candidates FOR INSERT WITH CHECK (
  lantern_has_permission('case.merge')
  AND lantern_current_agency() IN (lantern_person_owner(person_a), lantern_person_owner(person_b))
);
--> statement-breakpoint
CREATE POLICY duplicate_candidates_decide ON duplicate_candidates FOR UPDATE USING (
  lantern_has_permission('case.merge')
  AND lantern_current_agency() IN (lantern_person_owner(person_a), lantern_person_owner(person_b))
);
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER duplicate_candidates_audited AFTER INSERT OR UPDATE OR DELETE ON duplicate_candidates
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
