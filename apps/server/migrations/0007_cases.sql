CREATE TABLE "case_attachments" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"kind" text NOT NULL,
	"file_name_sealed" text NOT NULL,
	"content_type" text NOT NULL,
	"size" bigint NOT NULL,
	"content" "bytea" NOT NULL,
	"uploaded_by" uuid NOT NULL,
	"uploaded_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_notes" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"author_id" uuid NOT NULL,
	"sensitivity" text NOT NULL,
	"restricted_to_roles" text[] DEFAULT '{}' NOT NULL,
	"body_sealed" text NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_tasks" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"title" text NOT NULL,
	"due_on" date,
	"assignee_id" uuid,
	"done_at" timestamp (3) with time zone,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "consents" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"purpose" text NOT NULL,
	"sharing_agency_ids" uuid[] DEFAULT '{}' NOT NULL,
	"sharing_agency_types" text[] DEFAULT '{}' NOT NULL,
	"method" text NOT NULL,
	"witness_sealed" text,
	"form_attachment_id" uuid,
	"language" text NOT NULL,
	"obtained_on" date NOT NULL,
	"obtained_by" uuid NOT NULL,
	"given_by" text NOT NULL,
	"child_assent" boolean,
	"withdrawn_at" timestamp (3) with time zone,
	"withdrawn_by" uuid,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "case_code_counters" (
	"province_code" text NOT NULL,
	"year" integer NOT NULL,
	"last" integer NOT NULL,
	CONSTRAINT "case_code_counters_province_code_year_pk" PRIMARY KEY("province_code","year")
);
--> statement-breakpoint
CREATE TABLE "case_events" (
	"id" uuid PRIMARY KEY NOT NULL,
	"case_id" uuid NOT NULL,
	"at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"actor_user_id" uuid,
	"kind" text NOT NULL,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "cases" (
	"id" uuid PRIMARY KEY NOT NULL,
	"code" text NOT NULL,
	"person_id" uuid NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"province_code" text NOT NULL,
	"state" text NOT NULL,
	"state_changed_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"closed_from" text,
	"closure_reason" text,
	"received_on" date NOT NULL,
	"trafficking_status" text NOT NULL,
	"status_decided_by" text,
	"status_decided_on" date,
	"status_legal_basis" text,
	"subject_category" text,
	"intake_route" text NOT NULL,
	"exploitation_types" text[] DEFAULT '{}' NOT NULL,
	"control_methods" text[] DEFAULT '{}' NOT NULL,
	"recruitment_methods" text[] DEFAULT '{}' NOT NULL,
	"recruitment_platforms" text[] DEFAULT '{}' NOT NULL,
	"relationship_to_recruiter" text,
	"journey" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"screening_ids" uuid[] DEFAULT '{}' NOT NULL,
	"duplicate_override" jsonb,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "cases_code_unique" UNIQUE("code")
);
--> statement-breakpoint
CREATE TABLE "person_match_keys" (
	"person_id" uuid NOT NULL,
	"key_hash" text NOT NULL,
	CONSTRAINT "person_match_keys_key_hash_person_id_pk" PRIMARY KEY("key_hash","person_id")
);
--> statement-breakpoint
CREATE TABLE "persons" (
	"id" uuid PRIMARY KEY NOT NULL,
	"owner_agency_id" uuid NOT NULL,
	"identity_sealed" text NOT NULL,
	"sex" text,
	"age_band" text,
	"ethnicity" text,
	"nationality" text,
	"languages" text[] DEFAULT '{}' NOT NULL,
	"education_level" text,
	"marital_status" text,
	"children_count" integer,
	"home_province_code" text,
	"home_commune_code" text,
	"created_by" uuid NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_attachments" ADD CONSTRAINT "case_attachments_uploaded_by_users_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_notes" ADD CONSTRAINT "case_notes_author_id_users_id_fk" FOREIGN KEY ("author_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_assignee_id_users_id_fk" FOREIGN KEY ("assignee_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_tasks" ADD CONSTRAINT "case_tasks_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_obtained_by_users_id_fk" FOREIGN KEY ("obtained_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "consents" ADD CONSTRAINT "consents_withdrawn_by_users_id_fk" FOREIGN KEY ("withdrawn_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_case_id_cases_id_fk" FOREIGN KEY ("case_id") REFERENCES "public"."cases"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "case_events" ADD CONSTRAINT "case_events_actor_user_id_users_id_fk" FOREIGN KEY ("actor_user_id") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cases" ADD CONSTRAINT "cases_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "person_match_keys" ADD CONSTRAINT "person_match_keys_person_id_persons_id_fk" FOREIGN KEY ("person_id") REFERENCES "public"."persons"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_owner_agency_id_agencies_id_fk" FOREIGN KEY ("owner_agency_id") REFERENCES "public"."agencies"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "persons" ADD CONSTRAINT "persons_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "case_attachments_case_idx" ON "case_attachments" USING btree ("case_id");--> statement-breakpoint
CREATE INDEX "case_notes_case_idx" ON "case_notes" USING btree ("case_id","created_at");--> statement-breakpoint
CREATE INDEX "case_tasks_case_idx" ON "case_tasks" USING btree ("case_id","due_on");--> statement-breakpoint
CREATE INDEX "consents_case_idx" ON "consents" USING btree ("case_id","purpose");--> statement-breakpoint
CREATE INDEX "case_events_case_idx" ON "case_events" USING btree ("case_id","at");--> statement-breakpoint
CREATE INDEX "cases_owner_state_idx" ON "cases" USING btree ("owner_agency_id","state","received_on");--> statement-breakpoint
CREATE INDEX "cases_province_idx" ON "cases" USING btree ("province_code","received_on");--> statement-breakpoint
CREATE INDEX "cases_person_idx" ON "cases" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "person_match_keys_person_idx" ON "person_match_keys" USING btree ("person_id");--> statement-breakpoint
CREATE INDEX "persons_owner_idx" ON "persons" USING btree ("owner_agency_id");--> statement-breakpoint
-- The province of the actor's agency, for the provincial coordination scope.
CREATE FUNCTION lantern_current_province() RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT province_code FROM agencies WHERE id = lantern_current_agency()
  $$;
--> statement-breakpoint
-- Whether the actor may see a case at all: their agency's cases (case.read), cases they registered
-- themselves (case.create), their province's cases (case.read_province, limited fields in the application),
-- or a case opened to them by break-the-glass. Another agency's case is simply invisible.
CREATE FUNCTION lantern_case_visible(owner uuid, province text, creator uuid, case_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT (owner = lantern_current_agency() AND lantern_has_permission('case.read'))
      OR (creator = lantern_current_actor() AND lantern_has_permission('case.create'))
      OR (lantern_has_permission('case.read_province') AND province = lantern_current_province())
      OR EXISTS (SELECT 1 FROM access_grants g WHERE g.user_id = lantern_current_actor()
                 AND g.resource_type = 'case' AND g.resource_id = case_id AND g.expires_at > now())
  $$;
--> statement-breakpoint
-- Break-the-glass must find the owning agency of a case the caller cannot see; it learns nothing else.
CREATE FUNCTION lantern_case_owner(case_id uuid) RETURNS uuid
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$ SELECT owner_agency_id FROM cases WHERE id = case_id $$;
--> statement-breakpoint
-- Candidates for duplicate detection across all agencies: the narrow door through which the matcher may
-- read sealed identities outside the caller's scope. The application decrypts and scores them, and tells
-- the caller no more than a case code and a province for records it may not see.
CREATE FUNCTION lantern_match_candidates(hashes text[], max_rows integer)
  RETURNS TABLE (person_id uuid, identity_sealed text, sex text, home_province_code text, owner_agency_id uuid,
                 case_id uuid, case_code text, case_province text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    IF NOT (lantern_has_permission('case.create') OR lantern_has_permission('case.read')) THEN
      RAISE EXCEPTION 'lantern: matching needs case.create or case.read' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
      SELECT p.id, p.identity_sealed, p.sex, p.home_province_code, p.owner_agency_id, c.id, c.code, c.province_code
      FROM (SELECT DISTINCT k.person_id FROM person_match_keys k WHERE k.key_hash = ANY (hashes) LIMIT max_rows) m
      JOIN persons p ON p.id = m.person_id
      LEFT JOIN LATERAL (SELECT * FROM cases c WHERE c.person_id = p.id ORDER BY c.received_on DESC LIMIT 1) c ON true;
  END $$;
--> statement-breakpoint
-- Case codes: a gap-free sequence per province and year, behind a function (the counter table is not granted).
CREATE FUNCTION lantern_next_case_code(for_province text, for_year integer) RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  DECLARE next integer;
  BEGIN
    IF NOT lantern_has_permission('case.create') THEN
      RAISE EXCEPTION 'lantern: case codes need case.create' USING ERRCODE = '42501';
    END IF;
    INSERT INTO case_code_counters AS counter (province_code, year, last) VALUES (for_province, for_year, 1)
      ON CONFLICT (province_code, year) DO UPDATE SET last = counter.last + 1
      RETURNING counter.last INTO next;
    RETURN format('LT-%s-%s-%s', for_province, for_year, lpad(next::text, 6, '0'));
  END $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_current_province(), lantern_case_visible(uuid, text, uuid, uuid),
  lantern_case_owner(uuid), lantern_match_candidates(text[], integer), lantern_next_case_code(text, integer) TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE persons, cases TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON TABLE person_match_keys TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE case_events, case_notes, case_attachments TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE consents TO lantern_app;
--> statement-breakpoint
GRANT UPDATE (withdrawn_at, withdrawn_by) ON TABLE consents TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE case_tasks TO lantern_app;
--> statement-breakpoint
ALTER TABLE cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY cases_read ON cases FOR SELECT USING (lantern_case_visible(owner_agency_id, province_code, created_by, id));
--> statement-breakpoint
CREATE POLICY cases_register ON cases FOR INSERT WITH CHECK (
  lantern_has_permission('case.create') AND owner_agency_id = lantern_current_agency() AND created_by = lantern_current_actor()
);
--> statement-breakpoint
CREATE POLICY cases_change ON cases FOR UPDATE
  USING (owner_agency_id = lantern_current_agency() AND lantern_has_permission('case.update'))
  WITH CHECK (owner_agency_id = lantern_current_agency());
--> statement-breakpoint
ALTER TABLE persons ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY persons_read ON persons FOR SELECT USING (
  (owner_agency_id = lantern_current_agency() AND created_by = lantern_current_actor())
  OR EXISTS (SELECT 1 FROM cases c WHERE c.person_id = persons.id)
);
--> statement-breakpoint
CREATE POLICY persons_register ON persons FOR INSERT WITH CHECK (
  lantern_has_permission('case.create') AND owner_agency_id = lantern_current_agency() AND created_by = lantern_current_actor()
);
--> statement-breakpoint
CREATE POLICY persons_change ON persons FOR UPDATE
  USING (owner_agency_id = lantern_current_agency() AND lantern_has_permission('case.update'));
--> statement-breakpoint
ALTER TABLE person_match_keys ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY person_match_keys_own ON person_match_keys FOR ALL
  USING (EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id AND p.owner_agency_id = lantern_current_agency()))
  WITH CHECK (EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id AND p.owner_agency_id = lantern_current_agency()));
--> statement-breakpoint
ALTER TABLE case_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_events_read ON case_events FOR SELECT USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
CREATE POLICY case_events_add ON case_events FOR INSERT WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
ALTER TABLE consents ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY consents_read ON consents FOR SELECT USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
CREATE POLICY consents_record ON consents FOR INSERT
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency()));
--> statement-breakpoint
CREATE POLICY consents_withdraw ON consents FOR UPDATE
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency()));
--> statement-breakpoint
ALTER TABLE case_notes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_notes_read ON case_notes FOR SELECT USING (
  EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)
  AND (sensitivity = 'normal' OR author_id = lantern_current_actor() OR lantern_has_permission('case.read_restricted_notes'))
);
--> statement-breakpoint
CREATE POLICY case_notes_write ON case_notes FOR INSERT WITH CHECK (
  author_id = lantern_current_actor()
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
ALTER TABLE case_tasks ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_tasks_all ON case_tasks FOR ALL
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency()));
--> statement-breakpoint
ALTER TABLE case_attachments ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_attachments_read ON case_attachments FOR SELECT USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
CREATE POLICY case_attachments_add ON case_attachments FOR INSERT WITH CHECK (
  uploaded_by = lantern_current_actor()
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER persons_audited AFTER INSERT OR UPDATE OR DELETE ON persons
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER person_match_keys_audited AFTER INSERT OR UPDATE OR DELETE ON person_match_keys
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER cases_audited AFTER INSERT OR UPDATE OR DELETE ON cases
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER case_code_counters_audited AFTER INSERT OR UPDATE OR DELETE ON case_code_counters
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER case_events_audited AFTER INSERT OR UPDATE OR DELETE ON case_events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER consents_audited AFTER INSERT OR UPDATE OR DELETE ON consents
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER case_notes_audited AFTER INSERT OR UPDATE OR DELETE ON case_notes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER case_tasks_audited AFTER INSERT OR UPDATE OR DELETE ON case_tasks
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER case_attachments_audited AFTER INSERT OR UPDATE OR DELETE ON case_attachments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
