-- Issue #18, one-stop support offices: the contacts an office records (walk-in, hotline, phone, online
-- message, another agency's referral, outreach), counted by channel, outcome and month. A contact holds no
-- identity — a person who gives one is screened or registered and the contact links to that record — and its
-- note is sealed by the application. The office sees and changes its own contacts only; holders of
-- stats.read_aggregate may read rows for counts across offices (the application answers them counts only).
-- The permission contact.record belongs to the new seeded role one_stop_intake, which start-up adds to
-- existing installations as it adds every missing seeded role (db/bootstrap.ts).
CREATE TABLE contacts (
  id uuid PRIMARY KEY NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies(id),
  recorded_by uuid NOT NULL REFERENCES users(id),
  contacted_at timestamp (3) with time zone NOT NULL,
  channel text NOT NULL
    CHECK (channel IN ('walk_in', 'hotline', 'phone', 'online', 'agency_referral', 'outreach')),
  caller text NOT NULL CHECK (caller IN ('person', 'family_member', 'community_member', 'other_agency')),
  anonymous boolean NOT NULL,
  concerns text[] DEFAULT '{}'::text[] NOT NULL,
  province_code text,
  commune_code text,
  outcome text NOT NULL
    CHECK (outcome IN ('information_given', 'screened', 'referred', 'registered', 'no_further_action')),
  screening_id uuid REFERENCES screenings(id),
  case_id uuid REFERENCES cases(id),
  referred_agency_id uuid REFERENCES agencies(id),
  referred_agency_name text,
  note_sealed text,
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  CHECK (referred_agency_id IS NULL OR referred_agency_name IS NULL)
);
--> statement-breakpoint
CREATE INDEX contacts_agency_time_idx ON contacts (agency_id, contacted_at);
--> statement-breakpoint
-- A screening answers one contact.
CREATE UNIQUE INDEX contacts_screening_idx ON contacts (screening_id);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE contacts TO lantern_app;
--> statement-breakpoint
ALTER TABLE contacts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY contacts_read ON contacts FOR SELECT
  USING (agency_id = lantern_current_agency() OR lantern_has_permission('stats.read_aggregate'));
--> statement-breakpoint
CREATE POLICY contacts_record ON contacts FOR INSERT WITH CHECK (
  agency_id = lantern_current_agency() AND recorded_by = lantern_current_actor()
  AND lantern_has_permission('contact.record')
);
--> statement-breakpoint
CREATE POLICY contacts_follow_up ON contacts FOR UPDATE
  USING (agency_id = lantern_current_agency() AND lantern_has_permission('contact.record'))
  WITH CHECK (agency_id = lantern_current_agency());
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER contacts_audited AFTER INSERT OR UPDATE OR DELETE ON contacts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
