-- A person's identity as it was before each correction: the old identity and the reason are sealed by the
-- application (each under its own context bound to the row); the names of the fields changed are in the clear.
CREATE TABLE person_identity_history (
  id uuid PRIMARY KEY NOT NULL,
  person_id uuid NOT NULL REFERENCES persons(id),
  identity_sealed text NOT NULL,
  reason_sealed text NOT NULL,
  fields text[] NOT NULL,
  changed_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  changed_by uuid NOT NULL REFERENCES users(id)
);
--> statement-breakpoint
CREATE INDEX person_identity_history_person_idx ON person_identity_history (person_id, changed_at);
--> statement-breakpoint
-- History is written once and kept: no update or delete for requests.
GRANT SELECT, INSERT ON TABLE person_identity_history TO lantern_app;
--> statement-breakpoint
ALTER TABLE person_identity_history ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Read wherever the person is readable (persons' own policy decides); written only by the owning agency with
-- case.update, as the signed-in actor — the same wall as correcting the person row itself.
CREATE POLICY person_identity_history_read ON person_identity_history FOR SELECT USING (
  EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id)
);
--> statement-breakpoint
CREATE POLICY person_identity_history_add ON person_identity_history FOR INSERT WITH CHECK (
  changed_by = lantern_current_actor() AND lantern_has_permission('case.update')
  AND EXISTS (SELECT 1 FROM persons p WHERE p.id = person_id AND p.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER person_identity_history_audited AFTER INSERT OR UPDATE OR DELETE ON person_identity_history
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
