-- Issue #19, programme monitoring: the training register, the fact views that let the indicator catalogue
-- count self-help groups, one-stop office contacts and trained staff, and the permissions of the partner
-- exports (the exports themselves read the existing case tables and store nothing).
--
-- A training is organised by one agency (training_events.agency_id) and its participants are staff of any
-- agency, counted by role and sex or named by their account. No victim is ever recorded here. Who sees what:
--   * the organising agency's holders of training.manage read and change their own trainings;
--   * holders of indicators.read or stats.read_aggregate read every training, for counts; the application
--     answers them only through the indicator (figures, suppressed for the national scope).
CREATE TABLE training_events (
  id uuid PRIMARY KEY NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies(id),
  held_on date NOT NULL,
  title text NOT NULL CHECK (length(title) BETWEEN 1 AND 200),
  tools text[] NOT NULL CHECK (cardinality(tools) > 0),
  recorded_by uuid NOT NULL REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX training_events_agency_idx ON training_events (agency_id, held_on);
--> statement-breakpoint
CREATE INDEX training_events_held_idx ON training_events (held_on);
--> statement-breakpoint
CREATE TABLE training_participants (
  id uuid PRIMARY KEY NOT NULL,
  event_id uuid NOT NULL REFERENCES training_events(id),
  agency_id uuid NOT NULL REFERENCES agencies(id),
  role text NOT NULL,
  sex text CHECK (sex IN ('Feminine', 'Masculine')),
  staff_count integer NOT NULL CHECK (staff_count BETWEEN 1 AND 500),
  user_id uuid REFERENCES users(id),
  CHECK (user_id IS NULL OR staff_count = 1)
);
--> statement-breakpoint
CREATE INDEX training_participants_event_idx ON training_participants (event_id);
--> statement-breakpoint
CREATE INDEX training_participants_agency_idx ON training_participants (agency_id);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE training_events TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON TABLE training_participants TO lantern_app;
--> statement-breakpoint
CREATE FUNCTION lantern_training_managed(event uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT lantern_has_permission('training.manage') AND EXISTS (
      SELECT 1 FROM training_events e WHERE e.id = event AND e.agency_id = lantern_current_agency())
  $$;
--> statement-breakpoint
ALTER TABLE training_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_events_read ON training_events FOR SELECT USING (
  (lantern_has_permission('training.manage') AND agency_id = lantern_current_agency())
  OR lantern_has_permission('indicators.read') OR lantern_has_permission('stats.read_aggregate')
);
--> statement-breakpoint
CREATE POLICY training_events_record ON training_events FOR INSERT WITH CHECK (
  lantern_has_permission('training.manage') AND agency_id = lantern_current_agency()
  AND recorded_by = lantern_current_actor()
);
--> statement-breakpoint
CREATE POLICY training_events_change ON training_events FOR UPDATE
  USING (lantern_has_permission('training.manage') AND agency_id = lantern_current_agency())
  WITH CHECK (agency_id = lantern_current_agency());
--> statement-breakpoint
ALTER TABLE training_participants ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY training_participants_read ON training_participants FOR SELECT
  USING (EXISTS (SELECT 1 FROM training_events e WHERE e.id = event_id));
--> statement-breakpoint
CREATE POLICY training_participants_add ON training_participants FOR INSERT
  WITH CHECK (lantern_training_managed(event_id));
--> statement-breakpoint
CREATE POLICY training_participants_remove ON training_participants FOR DELETE
  USING (lantern_training_managed(event_id));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER training_events_audited AFTER INSERT OR UPDATE OR DELETE ON training_events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER training_participants_audited AFTER INSERT OR UPDATE OR DELETE ON training_participants
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
-- Fact views of the subjects the catalogue defined before their modules were merged (migration 0034 explains
-- the two walls). Trained staff are one row per person: a line "12 police officers" makes twelve rows, so a
-- count is a count of people and every disaggregation still partitions them.
CREATE VIEW indicator_training_facts WITH (security_invoker = true) AS
  SELECT tp.id, tp.agency_id AS owner_agency_id, a.province_code, e.held_on AS trained_on, tp.role, tp.sex,
    NULL::text AS age_band, a.type_code AS agency_type
  FROM training_participants tp
  JOIN training_events e ON e.id = tp.event_id
  JOIN agencies a ON a.id = tp.agency_id
  CROSS JOIN LATERAL generate_series(1, tp.staff_count) AS person(n);
--> statement-breakpoint
CREATE VIEW indicator_training_facts_national AS
  SELECT tp.id, tp.agency_id AS owner_agency_id, a.province_code, e.held_on AS trained_on, tp.role, tp.sex,
    NULL::text AS age_band, a.type_code AS agency_type
  FROM training_participants tp
  JOIN training_events e ON e.id = tp.event_id
  JOIN agencies a ON a.id = tp.agency_id
  CROSS JOIN LATERAL generate_series(1, tp.staff_count) AS person(n)
  WHERE lantern_has_permission('stats.read_aggregate');
--> statement-breakpoint
CREATE VIEW indicator_group_facts WITH (security_invoker = true) AS
  SELECT g.id, g.agency_id AS owner_agency_id, g.province_code, g.started_on AS formed_on, g.status,
    a.type_code AS agency_type
  FROM self_help_groups g
  JOIN agencies a ON a.id = g.agency_id;
--> statement-breakpoint
CREATE VIEW indicator_group_facts_national AS
  SELECT g.id, g.agency_id AS owner_agency_id, g.province_code, g.started_on AS formed_on, g.status,
    a.type_code AS agency_type
  FROM self_help_groups g
  JOIN agencies a ON a.id = g.agency_id
  WHERE lantern_has_permission('stats.read_aggregate');
--> statement-breakpoint
-- A member's sex and age band come from their case (survivors); community members have none ("unknown").
CREATE VIEW indicator_group_member_facts WITH (security_invoker = true) AS
  SELECT m.id, g.agency_id AS owner_agency_id, g.province_code, m.joined_on, m.left_on, p.sex, p.age_band
  FROM self_help_group_members m
  JOIN self_help_groups g ON g.id = m.group_id
  LEFT JOIN self_help_group_member_cases mc ON mc.member_id = m.id
  LEFT JOIN cases c ON c.id = mc.case_id
  LEFT JOIN persons p ON p.id = c.person_id;
--> statement-breakpoint
CREATE VIEW indicator_group_member_facts_national AS
  SELECT m.id, g.agency_id AS owner_agency_id, g.province_code, m.joined_on, m.left_on, p.sex, p.age_band
  FROM self_help_group_members m
  JOIN self_help_groups g ON g.id = m.group_id
  LEFT JOIN self_help_group_member_cases mc ON mc.member_id = m.id
  LEFT JOIN cases c ON c.id = mc.case_id
  LEFT JOIN persons p ON p.id = c.person_id
  WHERE lantern_has_permission('stats.read_aggregate');
--> statement-breakpoint
-- A contact is placed where the person lives when they said, else at the office; sex and age band only when
-- the contact led to a case (a contact itself holds no identity).
CREATE VIEW indicator_contact_facts WITH (security_invoker = true) AS
  SELECT ct.id, ct.agency_id AS owner_agency_id, coalesce(ct.province_code, a.province_code) AS province_code,
    (ct.contacted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS contacted_on, p.sex, p.age_band,
    a.type_code AS agency_type
  FROM contacts ct
  JOIN agencies a ON a.id = ct.agency_id
  LEFT JOIN cases c ON c.id = ct.case_id
  LEFT JOIN persons p ON p.id = c.person_id;
--> statement-breakpoint
CREATE VIEW indicator_contact_facts_national AS
  SELECT ct.id, ct.agency_id AS owner_agency_id, coalesce(ct.province_code, a.province_code) AS province_code,
    (ct.contacted_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS contacted_on, p.sex, p.age_band,
    a.type_code AS agency_type
  FROM contacts ct
  JOIN agencies a ON a.id = ct.agency_id
  LEFT JOIN cases c ON c.id = ct.case_id
  LEFT JOIN persons p ON p.id = c.person_id
  WHERE lantern_has_permission('stats.read_aggregate');
--> statement-breakpoint
GRANT SELECT ON TABLE indicator_training_facts, indicator_training_facts_national, indicator_group_facts,
  indicator_group_facts_national, indicator_group_member_facts, indicator_group_member_facts_national,
  indicator_contact_facts, indicator_contact_facts_national TO lantern_app;
--> statement-breakpoint
-- The CTDC-style export reads the whole country's victims (presumed and identified; not duplicates, not those
-- found not to be victims) as codes and dates only, with the owner's rights and only for holders of
-- export.deidentified. The application k-anonymises everything it answers from this view (k = 11,
-- packages/domain/src/exports/k-anonymity.ts) and never returns a row of it as such.
CREATE VIEW export_ctdc_case_facts AS
  SELECT c.id, c.received_on, p.sex, p.age_band, p.nationality,
    c.journey #>> '{exploitation,0,country}' AS exploitation_country,
    c.journey #>> '{exploitation,0,from}' AS exploitation_from,
    c.journey #>> '{exploitation,0,to}' AS exploitation_to,
    c.exploitation_types, c.control_methods, c.relationship_to_recruiter
  FROM cases c
  JOIN persons p ON p.id = c.person_id
  WHERE lantern_has_permission('export.deidentified')
    AND c.trafficking_status <> 'NotAVictimOfTrafficking'
    AND c.closure_reason IS DISTINCT FROM 'duplicate';
--> statement-breakpoint
GRANT SELECT ON TABLE export_ctdc_case_facts TO lantern_app;
--> statement-breakpoint
-- Installations made before this migration: the seeded roles get the permissions of #19 (new installations
-- get them from the seeded roles), with the audit event the roles table requires.
DO $$
  DECLARE event_id uuid := gen_random_uuid();
  BEGIN
    IF EXISTS (SELECT 1 FROM roles WHERE
        (code = 'agency_admin' AND NOT 'training.manage' = ANY(permissions))
        OR (code IN ('programme_analyst', 'system_admin') AND NOT 'export.deidentified' = ANY(permissions))
        OR (code = 'supervisor' AND NOT 'export.htcds' = ANY(permissions))) THEN
      INSERT INTO audit_events (id, occurred_at, action, outcome, user_agent, details, tx_id)
        VALUES (event_id, date_trunc('milliseconds', now()), 'system.seed', 'success', 'lantern-system',
          '{"permissionsAdded":3}'::jsonb, txid_current());
      INSERT INTO audit_pending_seal (event_id) VALUES (event_id);
      UPDATE roles SET permissions = array_append(permissions, 'training.manage')
        WHERE code = 'agency_admin' AND NOT 'training.manage' = ANY(permissions);
      UPDATE roles SET permissions = array_append(permissions, 'export.deidentified')
        WHERE code IN ('programme_analyst', 'system_admin') AND NOT 'export.deidentified' = ANY(permissions);
      UPDATE roles SET permissions = array_append(permissions, 'export.htcds')
        WHERE code = 'supervisor' AND NOT 'export.htcds' = ANY(permissions);
    END IF;
  END $$;
