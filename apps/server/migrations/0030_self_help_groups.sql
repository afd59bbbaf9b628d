-- Issue #18: self-help groups (the community reintegration model). A group is run by a facilitating agency in a
-- commune; its members are survivors (each linked to their case) and community members without a case; its
-- meetings record activities, attendance and group-level outcomes (savings in whole dong, small-business starts).
--
-- Who sees what, held here as well as in the application:
--   * groups, members (kind and dates only), meetings: every holder of group.read or group.manage — a group's
--     activity is programme data;
--   * the link of a member to their case: only where the case itself is visible (the cases policy), so a
--     user of another agency counts the member but cannot learn whose case it is;
--   * who attended which meeting: only the facilitating agency;
--   * names (community members, a free-text facilitator, the topic) are sealed by the application.
-- Writes: the facilitating agency's holders of group.manage only.
CREATE TABLE self_help_groups (
  id uuid PRIMARY KEY NOT NULL,
  name text NOT NULL CHECK (length(name) BETWEEN 1 AND 200),
  province_code text NOT NULL,
  commune_code text NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies(id),
  facilitator_user_id uuid REFERENCES users(id),
  facilitator_name_sealed text,
  started_on date NOT NULL,
  status text DEFAULT 'active' NOT NULL CHECK (status IN ('active', 'closed')),
  livelihood_focus text NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  CHECK (facilitator_user_id IS NULL OR facilitator_name_sealed IS NULL)
);
--> statement-breakpoint
CREATE INDEX self_help_groups_place_idx ON self_help_groups (province_code, commune_code, started_on);
--> statement-breakpoint
CREATE INDEX self_help_groups_agency_idx ON self_help_groups (agency_id);
--> statement-breakpoint
CREATE TABLE self_help_group_members (
  id uuid PRIMARY KEY NOT NULL,
  group_id uuid NOT NULL REFERENCES self_help_groups(id),
  kind text NOT NULL CHECK (kind IN ('survivor', 'community')),
  -- A community member's name; a survivor's identity stays on their case.
  name_sealed text,
  joined_on date NOT NULL,
  left_on date,
  added_by uuid NOT NULL REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  CHECK ((kind = 'community') = (name_sealed IS NOT NULL)),
  CHECK (left_on IS NULL OR left_on >= joined_on)
);
--> statement-breakpoint
CREATE INDEX self_help_group_members_group_idx ON self_help_group_members (group_id, joined_on);
--> statement-breakpoint
-- The survivor's case, apart from the member row so that row-level security can hide the link alone.
CREATE TABLE self_help_group_member_cases (
  member_id uuid PRIMARY KEY NOT NULL REFERENCES self_help_group_members(id),
  group_id uuid NOT NULL REFERENCES self_help_groups(id),
  case_id uuid NOT NULL REFERENCES cases(id)
);
--> statement-breakpoint
-- A person is a member of a group once.
CREATE UNIQUE INDEX self_help_group_member_cases_once_idx ON self_help_group_member_cases (group_id, case_id);
--> statement-breakpoint
CREATE INDEX self_help_group_member_cases_case_idx ON self_help_group_member_cases (case_id);
--> statement-breakpoint
CREATE TABLE self_help_group_meetings (
  id uuid PRIMARY KEY NOT NULL,
  group_id uuid NOT NULL REFERENCES self_help_groups(id),
  held_on date NOT NULL,
  topic_sealed text NOT NULL,
  activities text[] NOT NULL CHECK (cardinality(activities) > 0),
  attended_count integer NOT NULL CHECK (attended_count >= 0),
  savings_vnd bigint DEFAULT 0 NOT NULL CHECK (savings_vnd >= 0),
  business_starts integer DEFAULT 0 NOT NULL CHECK (business_starts >= 0),
  recorded_by uuid NOT NULL REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX self_help_group_meetings_group_idx ON self_help_group_meetings (group_id, held_on);
--> statement-breakpoint
CREATE TABLE self_help_group_attendance (
  meeting_id uuid NOT NULL REFERENCES self_help_group_meetings(id),
  member_id uuid NOT NULL REFERENCES self_help_group_members(id),
  group_id uuid NOT NULL REFERENCES self_help_groups(id),
  PRIMARY KEY (meeting_id, member_id)
);
--> statement-breakpoint
CREATE INDEX self_help_group_attendance_member_idx ON self_help_group_attendance (member_id);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE self_help_groups, self_help_group_members TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE self_help_group_member_cases, self_help_group_meetings, self_help_group_attendance
  TO lantern_app;
--> statement-breakpoint
CREATE FUNCTION lantern_group_managed(group_id uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT lantern_has_permission('group.manage') AND EXISTS (
      SELECT 1 FROM self_help_groups g WHERE g.id = group_id AND g.agency_id = lantern_current_agency())
  $$;
--> statement-breakpoint
ALTER TABLE self_help_groups ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY self_help_groups_read ON self_help_groups FOR SELECT
  USING (lantern_has_permission('group.read') OR lantern_has_permission('group.manage'));
--> statement-breakpoint
CREATE POLICY self_help_groups_add ON self_help_groups FOR INSERT WITH CHECK (
  lantern_has_permission('group.manage') AND agency_id = lantern_current_agency()
  AND created_by = lantern_current_actor()
);
--> statement-breakpoint
CREATE POLICY self_help_groups_change ON self_help_groups FOR UPDATE
  USING (lantern_has_permission('group.manage') AND agency_id = lantern_current_agency())
  WITH CHECK (agency_id = lantern_current_agency());
--> statement-breakpoint
ALTER TABLE self_help_group_members ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY self_help_group_members_read ON self_help_group_members FOR SELECT
  USING (lantern_has_permission('group.read') OR lantern_has_permission('group.manage'));
--> statement-breakpoint
CREATE POLICY self_help_group_members_add ON self_help_group_members FOR INSERT
  WITH CHECK (lantern_group_managed(group_id) AND added_by = lantern_current_actor());
--> statement-breakpoint
CREATE POLICY self_help_group_members_change ON self_help_group_members FOR UPDATE
  USING (lantern_group_managed(group_id)) WITH CHECK (lantern_group_managed(group_id));
--> statement-breakpoint
ALTER TABLE self_help_group_member_cases ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The cases policy decides: the link exists for a reader exactly when the case does.
CREATE POLICY self_help_group_member_cases_read ON self_help_group_member_cases FOR SELECT
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
CREATE POLICY self_help_group_member_cases_add ON self_help_group_member_cases FOR INSERT WITH CHECK (
  lantern_group_managed(group_id) AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)
);
--> statement-breakpoint
ALTER TABLE self_help_group_meetings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY self_help_group_meetings_read ON self_help_group_meetings FOR SELECT
  USING (lantern_has_permission('group.read') OR lantern_has_permission('group.manage'));
--> statement-breakpoint
CREATE POLICY self_help_group_meetings_add ON self_help_group_meetings FOR INSERT
  WITH CHECK (lantern_group_managed(group_id) AND recorded_by = lantern_current_actor());
--> statement-breakpoint
ALTER TABLE self_help_group_attendance ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY self_help_group_attendance_read ON self_help_group_attendance FOR SELECT
  USING (lantern_group_managed(group_id));
--> statement-breakpoint
CREATE POLICY self_help_group_attendance_add ON self_help_group_attendance FOR INSERT
  WITH CHECK (lantern_group_managed(group_id));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER self_help_groups_audited AFTER INSERT OR UPDATE OR DELETE ON self_help_groups
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER self_help_group_members_audited AFTER INSERT OR UPDATE OR DELETE ON self_help_group_members
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER self_help_group_member_cases_audited AFTER INSERT OR UPDATE OR DELETE
  ON self_help_group_member_cases
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER self_help_group_meetings_audited AFTER INSERT OR UPDATE OR DELETE ON self_help_group_meetings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER self_help_group_attendance_audited AFTER INSERT OR UPDATE OR DELETE
  ON self_help_group_attendance
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
-- Installations made before this migration: the seeded case-work roles get group.read (new installations get it
-- from the seeded roles), with the audit event the roles table requires.
DO $$
  DECLARE event_id uuid := gen_random_uuid();
  BEGIN
    IF EXISTS (SELECT 1 FROM roles WHERE code IN ('case_worker', 'supervisor', 'service_provider',
        'provincial_coordinator') AND NOT 'group.read' = ANY(permissions)) THEN
      INSERT INTO audit_events (id, occurred_at, action, outcome, user_agent, details, tx_id)
        VALUES (event_id, date_trunc('milliseconds', now()), 'system.seed', 'success', 'lantern-system',
          '{"permissionsAdded":1}'::jsonb, txid_current());
      INSERT INTO audit_pending_seal (event_id) VALUES (event_id);
      UPDATE roles SET permissions = array_append(permissions, 'group.read')
        WHERE code IN ('case_worker', 'supervisor', 'service_provider', 'provincial_coordinator')
          AND NOT 'group.read' = ANY(permissions);
    END IF;
  END $$;
