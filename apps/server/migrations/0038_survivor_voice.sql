-- Issue #20, survivor voice: complaints and consented stories.
-- A complaint is filed without an account (or by a worker on the survivor's behalf) about how an agency treated
-- the person. It is handled by a complaints officer of ANOTHER agency: the CHECK below makes that structural,
-- whatever the application does. The complainant holds a receipt code; only its keyed hash is stored, and a
-- request that presents it sets lantern.complaint_receipt for its own transaction, which is the only way to read
-- a complaint without the complaint.handle permission. Description, contact, response and notes are sealed.
-- Stories: a draft belongs to a case and its agency while it is written and reviewed; an approved story is a
-- row of its own with no case id (case_ref is a keyed hash of the case id, only for withdrawal, never answered
-- to readers), and the draft is deleted on approval.
CREATE TABLE complaints (
  id uuid PRIMARY KEY NOT NULL,
  receipt_hash text NOT NULL UNIQUE,
  concerned_agency_id uuid NOT NULL REFERENCES agencies(id),
  handling_agency_id uuid REFERENCES agencies(id),
  officer_id uuid REFERENCES users(id),
  category text NOT NULL CHECK (category IN
    ('discrimination_stigma', 'disrespect', 'privacy', 'service_refused', 'delay', 'other')),
  description_sealed text NOT NULL,
  contact_sealed text,
  channel text NOT NULL CHECK (channel IN ('public', 'worker')),
  filed_by uuid REFERENCES users(id),
  status text DEFAULT 'received' NOT NULL CHECK (status IN ('received', 'in_review', 'responded', 'closed')),
  received_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  due_on date NOT NULL,
  response_sealed text,
  responded_at timestamp (3) with time zone,
  closed_at timestamp (3) with time zone,
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  -- Never handled by the agency it is about.
  CONSTRAINT complaints_handled_outside CHECK (handling_agency_id IS DISTINCT FROM concerned_agency_id),
  CHECK ((channel = 'worker') = (filed_by IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX complaints_handling_idx ON complaints (handling_agency_id, status, due_on);
--> statement-breakpoint
CREATE INDEX complaints_officer_idx ON complaints (officer_id, status);
--> statement-breakpoint
CREATE TABLE complaint_actions (
  id uuid PRIMARY KEY NOT NULL,
  complaint_id uuid NOT NULL REFERENCES complaints(id),
  step text NOT NULL CHECK (step IN ('note', 'review', 'respond', 'close', 'reopen')),
  note_sealed text,
  acted_by uuid NOT NULL REFERENCES users(id),
  acted_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX complaint_actions_complaint_idx ON complaint_actions (complaint_id, acted_at);
--> statement-breakpoint
CREATE TABLE story_drafts (
  id uuid PRIMARY KEY NOT NULL,
  case_id uuid NOT NULL REFERENCES cases(id),
  agency_id uuid NOT NULL REFERENCES agencies(id),
  recorded_by uuid NOT NULL REFERENCES users(id),
  status text DEFAULT 'draft' NOT NULL CHECK (status IN ('draft', 'submitted', 'returned')),
  text_sealed text NOT NULL,
  consent_sealed text NOT NULL,
  themes text[] NOT NULL,
  reviewer_note text,
  submitted_at timestamp (3) with time zone,
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX story_drafts_case_idx ON story_drafts (case_id);
--> statement-breakpoint
CREATE INDEX story_drafts_review_idx ON story_drafts (agency_id, status);
--> statement-breakpoint
CREATE TABLE stories (
  id uuid PRIMARY KEY NOT NULL,
  text_sealed text NOT NULL,
  themes text[] NOT NULL,
  audiences text[] NOT NULL,
  case_ref text NOT NULL,
  published_on date NOT NULL,
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX stories_case_ref_idx ON stories (case_ref);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE complaints TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE complaint_actions TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE story_drafts, stories TO lantern_app;
--> statement-breakpoint
ALTER TABLE complaints ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE FUNCTION lantern_complaint_handler(handling uuid, concerned uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
  SELECT lantern_has_permission('complaint.handle') AND (
    handling = lantern_current_agency()
    OR (handling IS NULL AND concerned IS DISTINCT FROM lantern_current_agency()))
$$;
--> statement-breakpoint
CREATE POLICY complaints_read ON complaints FOR SELECT USING (
  lantern_complaint_handler(handling_agency_id, concerned_agency_id)
  OR receipt_hash = nullif(current_setting('lantern.complaint_receipt', true), '')
);
--> statement-breakpoint
-- Anyone may file: without a session as the public, or signed in as the worker who files it.
CREATE POLICY complaints_file ON complaints FOR INSERT WITH CHECK (
  (lantern_current_actor() IS NULL AND channel = 'public' AND filed_by IS NULL)
  OR (filed_by = lantern_current_actor() AND channel = 'worker')
);
--> statement-breakpoint
CREATE POLICY complaints_handle ON complaints FOR UPDATE
  USING (lantern_complaint_handler(handling_agency_id, concerned_agency_id))
  WITH CHECK (handling_agency_id = lantern_current_agency());
--> statement-breakpoint
ALTER TABLE complaint_actions ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY complaint_actions_read ON complaint_actions FOR SELECT
  USING (EXISTS (SELECT 1 FROM complaints c WHERE c.id = complaint_id AND
    lantern_complaint_handler(c.handling_agency_id, c.concerned_agency_id)));
--> statement-breakpoint
CREATE POLICY complaint_actions_record ON complaint_actions FOR INSERT WITH CHECK (
  acted_by = lantern_current_actor() AND EXISTS (SELECT 1 FROM complaints c WHERE c.id = complaint_id AND
    c.handling_agency_id = lantern_current_agency() AND lantern_has_permission('complaint.handle'))
);
--> statement-breakpoint
-- The officers a new complaint may be routed to, with their open complaints. Filing runs without a session,
-- which may read no complaint, so the counts come from this function; it answers no complaint content.
CREATE FUNCTION lantern_complaint_officers()
  RETURNS TABLE (user_id uuid, agency_id uuid, agency_type_code text, province_code text, open_complaints integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT u.id, a.id, a.type_code, a.province_code,
    (SELECT count(*)::int FROM complaints c WHERE c.officer_id = u.id AND c.status IN ('received', 'in_review'))
  FROM users u
  JOIN agencies a ON a.id = u.agency_id
  WHERE u.disabled_at IS NULL AND a.disabled_at IS NULL
    AND EXISTS (SELECT 1 FROM user_roles ur JOIN roles r ON r.id = ur.role_id
                WHERE ur.user_id = u.id AND 'complaint.handle' = ANY (r.permissions))
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_complaint_officers() TO lantern_app;
--> statement-breakpoint
-- Complaint counts for programme monitoring and complaints officers: categories, statuses and whether an open
-- one is past its deadline, over the complaints received since a day — counts only, no row, no agency.
CREATE FUNCTION lantern_complaint_counts(since date)
  RETURNS TABLE (category text, status text, overdue boolean, n integer)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
  SELECT c.category, c.status,
    c.status IN ('received', 'in_review') AND c.due_on < (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
    count(*)::int
  FROM complaints c
  WHERE (lantern_has_permission('stats.read_aggregate') OR lantern_has_permission('complaint.handle'))
    AND (c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date >= since
  GROUP BY 1, 2, 3
$$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_complaint_counts(date) TO lantern_app;
--> statement-breakpoint
ALTER TABLE story_drafts ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The recording agency writes and reads its drafts; a reviewer of that agency reads and decides them.
CREATE POLICY story_drafts_own ON story_drafts FOR ALL
  USING (agency_id = lantern_current_agency()
    AND (lantern_has_permission('story.record') OR lantern_has_permission('story.review')))
  WITH CHECK (agency_id = lantern_current_agency()
    AND (lantern_has_permission('story.record') OR lantern_has_permission('story.review')));
--> statement-breakpoint
ALTER TABLE stories ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY stories_read ON stories FOR SELECT USING (
  lantern_has_permission('story.read') OR lantern_has_permission('story.record')
  OR lantern_has_permission('story.review')
);
--> statement-breakpoint
CREATE POLICY stories_publish ON stories FOR INSERT WITH CHECK (lantern_has_permission('story.review'));
--> statement-breakpoint
CREATE POLICY stories_withdraw ON stories FOR DELETE USING (lantern_has_permission('story.record'));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER complaints_audited AFTER INSERT OR UPDATE OR DELETE ON complaints
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER complaint_actions_audited AFTER INSERT OR UPDATE OR DELETE ON complaint_actions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER story_drafts_audited AFTER INSERT OR UPDATE OR DELETE ON story_drafts
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER stories_audited AFTER INSERT OR UPDATE OR DELETE ON stories
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
-- Installations made before this migration: their seeded roles get the story permissions (case workers and
-- supervisors record, supervisors review, supervisors, provincial coordinators and programme analysts read);
-- the role complaints_officer itself is added at start-up like every missing seeded role (db/bootstrap.ts).
-- The audit event the roles table requires goes with it.
DO $$
  DECLARE event_id uuid := gen_random_uuid();
  BEGIN
    IF EXISTS (SELECT 1 FROM roles WHERE
        (code IN ('case_worker', 'supervisor') AND NOT 'story.record' = ANY(permissions))
        OR (code = 'supervisor' AND NOT 'story.review' = ANY(permissions))
        OR (code IN ('supervisor', 'provincial_coordinator', 'programme_analyst')
            AND NOT 'story.read' = ANY(permissions))) THEN
      INSERT INTO audit_events (id, occurred_at, action, outcome, user_agent, details, tx_id)
        VALUES (event_id, date_trunc('milliseconds', now()), 'system.seed', 'success', 'lantern-system',
          '{"permissionsAdded":3}'::jsonb, txid_current());
      INSERT INTO audit_pending_seal (event_id) VALUES (event_id);
      UPDATE roles SET permissions = array_append(permissions, 'story.record')
        WHERE code IN ('case_worker', 'supervisor') AND NOT 'story.record' = ANY(permissions);
      UPDATE roles SET permissions = array_append(permissions, 'story.review')
        WHERE code = 'supervisor' AND NOT 'story.review' = ANY(permissions);
      UPDATE roles SET permissions = array_append(permissions, 'story.read')
        WHERE code IN ('supervisor', 'provincial_coordinator', 'programme_analyst')
          AND NOT 'story.read' = ANY(permissions);
    END IF;
  END $$;
