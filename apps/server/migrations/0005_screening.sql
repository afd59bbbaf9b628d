CREATE TABLE "screening_instruments" (
	"id" text NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"content_hash" text NOT NULL,
	"role" text NOT NULL,
	"source_status" text NOT NULL,
	"published_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"published_by" uuid,
	"verified_at" timestamp (3) with time zone,
	"verified_by" uuid,
	"verification_note" text,
	"retired_at" timestamp (3) with time zone,
	CONSTRAINT "screening_instruments_id_version_pk" PRIMARY KEY("id","version")
);
--> statement-breakpoint
CREATE TABLE "screening_responses" (
	"screening_id" uuid NOT NULL,
	"position" integer NOT NULL,
	"instrument_id" text NOT NULL,
	"instrument_version" integer NOT NULL,
	"answers" jsonb NOT NULL,
	"result" jsonb NOT NULL,
	"outcome" text NOT NULL,
	CONSTRAINT "screening_responses_screening_id_position_pk" PRIMARY KEY("screening_id","position")
);
--> statement-breakpoint
CREATE TABLE "screenings" (
	"id" uuid PRIMARY KEY NOT NULL,
	"agency_id" uuid NOT NULL,
	"screened_by" uuid NOT NULL,
	"client_draft_id" uuid,
	"screened_at" timestamp (3) with time zone NOT NULL,
	"submitted_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"consent_to_interview" boolean NOT NULL,
	"interview_language" text NOT NULL,
	"interpreter_used" boolean NOT NULL,
	"province_code" text,
	"commune_code" text,
	"outcome" text,
	"htcds_status" text,
	"needs" text[] DEFAULT '{}' NOT NULL,
	CONSTRAINT "screenings_client_draft_unique" UNIQUE("agency_id","client_draft_id")
);
--> statement-breakpoint
ALTER TABLE "screening_instruments" ADD CONSTRAINT "screening_instruments_published_by_users_id_fk" FOREIGN KEY ("published_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_instruments" ADD CONSTRAINT "screening_instruments_verified_by_users_id_fk" FOREIGN KEY ("verified_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_responses" ADD CONSTRAINT "screening_responses_screening_id_screenings_id_fk" FOREIGN KEY ("screening_id") REFERENCES "public"."screenings"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screening_responses" ADD CONSTRAINT "screening_responses_instrument_id_instrument_version_screening_instruments_id_version_fk" FOREIGN KEY ("instrument_id","instrument_version") REFERENCES "public"."screening_instruments"("id","version") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_agency_id_agencies_id_fk" FOREIGN KEY ("agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "screenings" ADD CONSTRAINT "screenings_screened_by_users_id_fk" FOREIGN KEY ("screened_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "screening_responses_instrument_idx" ON "screening_responses" USING btree ("instrument_id","instrument_version");--> statement-breakpoint
CREATE INDEX "screenings_agency_idx" ON "screenings" USING btree ("agency_id","screened_at");--> statement-breakpoint
-- Instrument versions: everyone signed in reads them; only admin.instruments.manage publishes or records a
-- verification. The definition column is not updatable by the request role at all, and a trigger refuses
-- a changed definition even from the owner once any screening used the version.
GRANT SELECT, INSERT ON TABLE screening_instruments TO lantern_app;
--> statement-breakpoint
GRANT UPDATE (verified_at, verified_by, verification_note, retired_at) ON TABLE screening_instruments TO lantern_app;
--> statement-breakpoint
ALTER TABLE screening_instruments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY screening_instruments_read ON screening_instruments FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY screening_instruments_publish ON screening_instruments FOR INSERT
  WITH CHECK (lantern_has_permission('admin.instruments.manage') AND published_by = lantern_current_actor());
--> statement-breakpoint
CREATE POLICY screening_instruments_verify ON screening_instruments FOR UPDATE
  USING (lantern_has_permission('admin.instruments.manage'))
  WITH CHECK (lantern_has_permission('admin.instruments.manage'));
--> statement-breakpoint
CREATE FUNCTION lantern_refuse_used_instrument_change() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    IF NEW.definition IS DISTINCT FROM OLD.definition AND EXISTS (
      SELECT 1 FROM screening_responses r WHERE r.instrument_id = OLD.id AND r.instrument_version = OLD.version
    ) THEN
      RAISE EXCEPTION 'lantern: instrument % version % is in use and cannot change; publish a new version', OLD.id, OLD.version
        USING ERRCODE = 'P0A02';
    END IF;
    RETURN NEW;
  END $$;
--> statement-breakpoint
CREATE TRIGGER screening_instruments_immutable BEFORE UPDATE ON screening_instruments
  FOR EACH ROW EXECUTE FUNCTION lantern_refuse_used_instrument_change();
--> statement-breakpoint
-- Screenings belong to the screener's agency: readable there with screening.read (a screener without it
-- sees only their own), written only as oneself into one's own agency, never changed or deleted.
GRANT SELECT, INSERT ON TABLE screenings, screening_responses TO lantern_app;
--> statement-breakpoint
ALTER TABLE screenings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY screenings_read ON screenings FOR SELECT USING (
  agency_id = lantern_current_agency() AND (
    lantern_has_permission('screening.read')
    OR (lantern_has_permission('screening.create') AND screened_by = lantern_current_actor())
  )
);
--> statement-breakpoint
CREATE POLICY screenings_create ON screenings FOR INSERT WITH CHECK (
  lantern_has_permission('screening.create')
  AND agency_id = lantern_current_agency()
  AND screened_by = lantern_current_actor()
);
--> statement-breakpoint
ALTER TABLE screening_responses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A response is visible and writable exactly when its screening is (the sub-select obeys screenings' policies).
CREATE POLICY screening_responses_read ON screening_responses FOR SELECT
  USING (EXISTS (SELECT 1 FROM screenings s WHERE s.id = screening_id));
--> statement-breakpoint
CREATE POLICY screening_responses_create ON screening_responses FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM screenings s WHERE s.id = screening_id AND s.screened_by = lantern_current_actor()));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER screening_instruments_audited AFTER INSERT OR UPDATE OR DELETE ON screening_instruments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER screenings_audited AFTER INSERT OR UPDATE OR DELETE ON screenings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER screening_responses_audited AFTER INSERT OR UPDATE OR DELETE ON screening_responses
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
