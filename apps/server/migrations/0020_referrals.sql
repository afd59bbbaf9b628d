-- Referrals: one agency asks another (its inbox) to provide services to the person of a case. Codes in the
-- clear for inboxes and statistics; every free-text field is sealed by the application (…_sealed).
CREATE TABLE referrals (
  id uuid PRIMARY KEY NOT NULL,
  case_id uuid NOT NULL REFERENCES cases(id),
  -- The case's pseudonymous code, kept so both inboxes name the case after the recipient's access ends.
  case_code text NOT NULL,
  from_agency_id uuid NOT NULL REFERENCES agencies(id),
  -- Null for a referral to an organisation that does not use Lantern (external_org names it).
  to_agency_id uuid REFERENCES agencies(id),
  external_org text,
  external_org_type text REFERENCES agency_types(code),
  external_contact_sealed text,
  -- 'services': the recipient provides services; 'transfer': the recipient takes the case over when it accepts.
  kind text DEFAULT 'services' NOT NULL CHECK (kind IN ('services', 'transfer')),
  services text[] NOT NULL,
  urgency text NOT NULL CHECK (urgency IN ('urgent', 'high', 'normal')),
  reason text NOT NULL,
  message_sealed text,
  sections text[] DEFAULT '{}' NOT NULL
    CHECK (sections <@ ARRAY['identity', 'journey', 'notes', 'attachments']::text[]),
  status text DEFAULT 'sent' NOT NULL
    CHECK (status IN ('sent', 'accepted', 'in_progress', 'completed', 'declined', 'revoked', 'expired')),
  ended_because text CHECK (ended_because IN ('sender', 'consent_withdrawn')),
  consent_overridden boolean DEFAULT false NOT NULL,
  override_reason_sealed text,
  sent_by uuid NOT NULL REFERENCES users(id),
  respond_by timestamp (3) with time zone NOT NULL,
  complete_by timestamp (3) with time zone NOT NULL,
  answered_at timestamp (3) with time zone,
  answered_by uuid REFERENCES users(id),
  decline_reason text,
  decline_note_sealed text,
  outcome text,
  outcome_note_sealed text,
  revoke_note_sealed text,
  closed_at timestamp (3) with time zone,
  closed_by uuid REFERENCES users(id),
  escalation_level integer DEFAULT 0 NOT NULL,
  -- A referral made by starting a coordination pathway on the case: which run and which step.
  pathway_run_id uuid,
  pathway_step integer,
  escalated_at timestamp (3) with time zone,
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  CHECK (from_agency_id <> to_agency_id),
  CHECK ((to_agency_id IS NULL) = (external_org IS NOT NULL)),
  CHECK (external_org IS NULL OR (kind = 'services' AND external_org_type IS NOT NULL)),
  CHECK (status <> 'declined' OR decline_reason IS NOT NULL),
  CHECK (consent_overridden = (override_reason_sealed IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX referrals_incoming_idx ON referrals (to_agency_id, status, respond_by);
--> statement-breakpoint
CREATE INDEX referrals_outgoing_idx ON referrals (from_agency_id, status, created_at);
--> statement-breakpoint
CREATE INDEX referrals_case_idx ON referrals (case_id, to_agency_id);
--> statement-breakpoint
CREATE INDEX referrals_open_due_idx ON referrals (complete_by) WHERE status IN ('sent', 'accepted', 'in_progress');
--> statement-breakpoint
CREATE TABLE agency_services (
  id uuid PRIMARY KEY NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies(id),
  service_code text NOT NULL,
  province_codes text[] DEFAULT '{}' NOT NULL,
  sexes text[] DEFAULT '{}' NOT NULL,
  min_age integer CHECK (min_age BETWEEN 0 AND 120),
  max_age integer CHECK (max_age BETWEEN 0 AND 120),
  accepts_foreigners boolean DEFAULT true NOT NULL,
  capacity_total integer CHECK (capacity_total >= 0),
  capacity_free integer CHECK (capacity_free >= 0),
  hours text,
  languages text[] DEFAULT '{}' NOT NULL,
  contact_phone text,
  contact_email text,
  updated_by uuid NOT NULL REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
);
--> statement-breakpoint
CREATE UNIQUE INDEX agency_services_agency_service_idx ON agency_services (agency_id, service_code);
--> statement-breakpoint
CREATE INDEX agency_services_service_idx ON agency_services (service_code);
--> statement-breakpoint
-- The directory is public among signed-in staff (it holds no person's data); an agency edits its own entries.
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE agency_services TO lantern_app;
--> statement-breakpoint
ALTER TABLE agency_services ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY agency_services_read ON agency_services FOR SELECT USING (lantern_current_actor() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY agency_services_own ON agency_services FOR ALL
  USING (agency_id = lantern_current_agency() AND lantern_has_permission('referral.respond'))
  WITH CHECK (agency_id = lantern_current_agency() AND lantern_has_permission('referral.respond'));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER agency_services_audited AFTER INSERT OR UPDATE OR DELETE ON agency_services
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE referrals TO lantern_app;
--> statement-breakpoint
GRANT UPDATE (status, ended_because, answered_at, answered_by, decline_reason, decline_note_sealed, outcome,
  outcome_note_sealed, revoke_note_sealed, closed_at, closed_by, escalation_level, escalated_at, updated_at)
  ON TABLE referrals TO lantern_app;
--> statement-breakpoint
ALTER TABLE referrals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Both agencies of a referral see it; the escalation run (a background context holding referral.escalate and
-- no actor) sees every open one.
CREATE POLICY referrals_read ON referrals FOR SELECT USING (
  from_agency_id = lantern_current_agency() OR to_agency_id = lantern_current_agency()
  OR lantern_has_permission('referral.escalate')
);
--> statement-breakpoint
-- Only the agency that owns the case sends, as the signed-in sender.
CREATE POLICY referrals_send ON referrals FOR INSERT WITH CHECK (
  sent_by = lantern_current_actor() AND from_agency_id = lantern_current_agency()
  AND lantern_has_permission('referral.create')
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
CREATE POLICY referrals_move ON referrals FOR UPDATE USING (
  from_agency_id = lantern_current_agency() OR to_agency_id = lantern_current_agency()
  OR lantern_has_permission('referral.escalate')
);
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER referrals_audited AFTER INSERT OR UPDATE OR DELETE ON referrals
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
-- An open referral to the actor's agency, within the person's sharing consent (or sent under an audited
-- override): the recipient reads the case. Stated again in access/case-policy.ts.
CREATE FUNCTION lantern_referred(for_case uuid, for_agency uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (
      SELECT 1 FROM referrals r WHERE r.case_id = for_case AND r.to_agency_id = for_agency
        AND r.status IN ('sent', 'accepted', 'in_progress')
        AND (r.consent_overridden OR lantern_sharing_consented(r.case_id, r.to_agency_id)))
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_referred(uuid, uuid) TO lantern_app;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantern_case_visible(owner uuid, province text, creator uuid, case_id uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT (owner = lantern_current_agency() AND lantern_has_permission('case.read'))
      OR (creator = lantern_current_actor() AND lantern_has_permission('case.create'))
      OR (lantern_has_permission('case.read_province') AND province = lantern_current_province())
      OR (lantern_has_permission('case.read') AND EXISTS (
           SELECT 1 FROM case_shares s WHERE s.case_id = lantern_case_visible.case_id
             AND s.agency_id = lantern_current_agency() AND s.revoked_at IS NULL
             AND lantern_sharing_consented(s.case_id, s.agency_id)))
      OR (lantern_has_permission('case.read') AND lantern_referred(lantern_case_visible.case_id, lantern_current_agency()))
      OR EXISTS (SELECT 1 FROM access_grants g WHERE g.user_id = lantern_current_actor()
                 AND g.resource_type = 'case' AND g.resource_id = lantern_case_visible.case_id AND g.expires_at > now())
  $$;
--> statement-breakpoint
-- A section of a case (notes, attachments) for an agency that reaches the case only through referrals: only
-- when an open referral opened that section. Any other way in (own case, a share, break-the-glass) reads as
-- before. The notes and attachments policies ask this on top of the case being visible.
CREATE FUNCTION lantern_case_section(for_case uuid, section text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT NOT lantern_referred(for_case, lantern_current_agency())
      OR EXISTS (SELECT 1 FROM cases c WHERE c.id = for_case AND c.owner_agency_id = lantern_current_agency())
      OR EXISTS (SELECT 1 FROM case_shares s WHERE s.case_id = for_case AND s.agency_id = lantern_current_agency()
                 AND s.revoked_at IS NULL AND lantern_sharing_consented(s.case_id, s.agency_id))
      OR EXISTS (SELECT 1 FROM access_grants g WHERE g.user_id = lantern_current_actor()
                 AND g.resource_type = 'case' AND g.resource_id = for_case AND g.expires_at > now())
      OR EXISTS (SELECT 1 FROM referrals r WHERE r.case_id = for_case AND r.to_agency_id = lantern_current_agency()
                 AND r.status IN ('sent', 'accepted', 'in_progress') AND section = ANY (r.sections)
                 AND (r.consent_overridden OR lantern_sharing_consented(r.case_id, r.to_agency_id)))
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_case_section(uuid, text) TO lantern_app;
--> statement-breakpoint
DROP POLICY case_notes_read ON case_notes;
--> statement-breakpoint
CREATE POLICY case_notes_read ON case_notes FOR SELECT USING (
  EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id)
  AND (sensitivity = 'normal' OR author_id = lantern_current_actor() OR lantern_has_permission('case.read_restricted_notes'))
  AND lantern_case_section(case_id, 'notes')
);
--> statement-breakpoint
DROP POLICY case_attachments_read ON case_attachments;
--> statement-breakpoint
CREATE POLICY case_attachments_read ON case_attachments FOR SELECT USING (
  EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id) AND lantern_case_section(case_id, 'attachments')
);
--> statement-breakpoint
-- The escalation run (referral.escalate, no actor) cannot see cases, yet an expiry or an escalation belongs on
-- the case's timeline: this writes that one line for a referral, and nothing else, for that run only.
CREATE FUNCTION lantern_referral_timeline(for_referral uuid, event_id uuid, step text) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    INSERT INTO case_events (id, case_id, actor_user_id, kind, details)
    SELECT event_id, r.case_id, NULL, step,
           jsonb_build_object('referral', r.id::text, 'agencyId', r.to_agency_id::text)
    FROM referrals r WHERE r.id = for_referral AND lantern_has_permission('referral.escalate')
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lantern_referral_timeline(uuid, uuid, text) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_referral_timeline(uuid, uuid, text) TO lantern_app;
--> statement-breakpoint
-- A transfer changes which agency owns the case, which no request may do to a row it does not own (the case and
-- person policies check the owner before and after). Accepting one therefore goes through this function, which
-- allows exactly that change: the caller's agency is the recipient of an open transfer referral of the case, the
-- caller holds referral.respond and case.update, and the case moves whole (person, blind-index keys follow the
-- person's owner) to the caller's agency and its province.
CREATE FUNCTION lantern_take_over_case(for_referral uuid) RETURNS void
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  DECLARE
    moved referrals%ROWTYPE;
  BEGIN
    SELECT * INTO moved FROM referrals
      WHERE id = for_referral AND kind = 'transfer' AND status = 'sent'
        AND to_agency_id = lantern_current_agency()
        AND (consent_overridden OR lantern_sharing_consented(case_id, to_agency_id))
      FOR UPDATE;
    IF NOT FOUND OR NOT lantern_has_permission('referral.respond') OR NOT lantern_has_permission('case.update') THEN
      RAISE EXCEPTION 'no open transfer of this case to the caller''s agency' USING ERRCODE = '42501';
    END IF;
    UPDATE cases SET owner_agency_id = moved.to_agency_id,
                     province_code = (SELECT province_code FROM agencies WHERE id = moved.to_agency_id)
      WHERE id = moved.case_id;
    UPDATE persons SET owner_agency_id = moved.to_agency_id
      WHERE id = (SELECT person_id FROM cases WHERE id = moved.case_id);
  END
  $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lantern_take_over_case(uuid) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_take_over_case(uuid) TO lantern_app;
--> statement-breakpoint
-- Coordination pathways: a province's standard sequence of referrals (e.g. returned across the border → social work
-- centre within 24 h → police verification within 3 days). Steps as data; national templates have no province.
CREATE TABLE referral_pathways (
  id uuid PRIMARY KEY NOT NULL,
  province_code text,
  names jsonb NOT NULL,
  steps jsonb NOT NULL,
  active boolean DEFAULT true NOT NULL,
  created_by uuid REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX referral_pathways_province_idx ON referral_pathways (province_code);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE referral_pathways TO lantern_app;
--> statement-breakpoint
ALTER TABLE referral_pathways ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referral_pathways_read ON referral_pathways FOR SELECT USING (lantern_current_actor() IS NOT NULL);
--> statement-breakpoint
-- A provincial coordinator keeps its province's pathways; a system administrator the national ones.
CREATE POLICY referral_pathways_keep ON referral_pathways FOR ALL
  USING ((province_code = lantern_current_province() AND lantern_has_permission('case.read_province'))
         OR (province_code IS NULL AND lantern_has_permission('admin.vocabularies.manage')))
  WITH CHECK ((province_code = lantern_current_province() AND lantern_has_permission('case.read_province'))
              OR (province_code IS NULL AND lantern_has_permission('admin.vocabularies.manage')));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER referral_pathways_audited AFTER INSERT OR UPDATE OR DELETE ON referral_pathways
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE TABLE case_pathway_runs (
  id uuid PRIMARY KEY NOT NULL,
  case_id uuid NOT NULL REFERENCES cases(id),
  pathway_id uuid NOT NULL REFERENCES referral_pathways(id),
  started_by uuid NOT NULL REFERENCES users(id),
  started_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX case_pathway_runs_case_idx ON case_pathway_runs (case_id);
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE case_pathway_runs TO lantern_app;
--> statement-breakpoint
ALTER TABLE case_pathway_runs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY case_pathway_runs_read ON case_pathway_runs FOR SELECT USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
CREATE POLICY case_pathway_runs_start ON case_pathway_runs FOR INSERT WITH CHECK (
  started_by = lantern_current_actor() AND lantern_has_permission('referral.create')
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER case_pathway_runs_audited AFTER INSERT OR UPDATE OR DELETE ON case_pathway_runs
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
ALTER TABLE referrals ADD CONSTRAINT referrals_pathway_run_fk FOREIGN KEY (pathway_run_id) REFERENCES case_pathway_runs(id);
--> statement-breakpoint
-- One national template to start from (provinces add their own): a person returned across the border, received
-- by the border guard post, goes to the social work centre within 24 hours and to police verification within
-- 3 days (Law 53/2024/QH15 Art. 27), with legal information within 14 days. Written by this reviewed migration,
-- not a request, so the audit guard is set aside for this one statement.
ALTER TABLE referral_pathways DISABLE TRIGGER referral_pathways_audited;
--> statement-breakpoint
INSERT INTO referral_pathways (id, province_code, names, steps) VALUES (
  '0193f000-0000-7000-8000-000000000001', NULL,
  '{"vi": "Người trở về qua biên giới", "en": "Returned across the border", "ar": "العائدون عبر الحدود"}',
  '[{"names": {"vi": "Tiếp nhận, bảo vệ tại cơ sở công tác xã hội", "en": "Reception and protection at the social work centre", "ar": "الاستقبال والحماية في مركز العمل الاجتماعي"},
     "agencyType": "social_work_centre", "services": ["vn.Shelter", "vn.EssentialNeeds", "vn.Psychological"], "urgency": "urgent", "completeHours": 24},
    {"names": {"vi": "Xác minh, xác định nạn nhân", "en": "Verification and identification", "ar": "التحقق وتحديد الضحية"},
     "agencyType": "provincial_police_anti_trafficking", "services": ["vn.Verification"], "urgency": "high", "completeHours": 72},
    {"names": {"vi": "Thông tin pháp luật, trợ giúp pháp lý", "en": "Legal information and legal aid", "ar": "المعلومات القانونية والمساعدة القانونية"},
     "agencyType": "legal_aid_centre", "services": ["vn.LegalInformation", "vn.LegalAid"], "urgency": "normal", "completeHours": 336}]'
);
--> statement-breakpoint
ALTER TABLE referral_pathways ENABLE TRIGGER referral_pathways_audited;
