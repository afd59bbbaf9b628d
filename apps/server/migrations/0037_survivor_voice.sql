-- Issue #20, survivor voice: anonymous feedback and the private status check.
--
-- Feedback answers are stored WITHOUT any link to the person, the case, the code that was used or the worker
-- who handed the device over: only agency, service type, month and the answers. The row id is random (not a
-- time-ordered UUIDv7) and the row has no timestamp, so neither can be matched to the audit trail, to the code
-- (which records when it was issued) or to a case's timeline. Free text is sealed by the application and shown
-- to reviewers only once the agency screened it for identifying details (cleared, or replaced by a redaction).
--
-- The status check: a code a case worker gives the person (stored as a keyed hash, revocable, re-issuable), and
-- a per-case switch that turns the check off when it would endanger the person. The public page reads the case
-- only through lantern_status_check, which answers an allow-list of columns and nothing for a revoked code or a
-- disabled case; the request role cannot read status_codes or cases without a session.
CREATE TABLE feedback_codes (
  id uuid PRIMARY KEY NOT NULL,
  code_hash text NOT NULL UNIQUE,
  agency_id uuid NOT NULL REFERENCES agencies(id),
  service_type text NOT NULL,
  expires_at timestamp (3) with time zone NOT NULL,
  used_at timestamp (3) with time zone,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE feedback_responses (
  id uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies(id),
  service_type text NOT NULL,
  -- The first day of the month the answer was given (Viet Nam time); never a day or a time.
  period_month date NOT NULL CHECK (extract(day FROM period_month) = 1),
  instrument_id text NOT NULL,
  instrument_version integer NOT NULL,
  answers jsonb NOT NULL,
  free_text_sealed text,
  -- none: no free text; pending: not yet screened; cleared: shown as written; redacted: shown as the redaction.
  free_text_status text NOT NULL DEFAULT 'none'
    CHECK (free_text_status IN ('none', 'pending', 'cleared', 'redacted')),
  redacted_text_sealed text,
  screened boolean GENERATED ALWAYS AS (free_text_status IN ('none', 'cleared', 'redacted')) STORED,
  CHECK ((free_text_status = 'none') = (free_text_sealed IS NULL))
);
--> statement-breakpoint
CREATE INDEX feedback_responses_agency_idx ON feedback_responses (agency_id, period_month, service_type);
--> statement-breakpoint
CREATE TABLE status_codes (
  id uuid PRIMARY KEY NOT NULL,
  case_id uuid NOT NULL REFERENCES cases(id),
  agency_id uuid NOT NULL REFERENCES agencies(id),
  code_hash text NOT NULL UNIQUE,
  issued_by uuid NOT NULL REFERENCES users(id),
  issued_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  revoked_at timestamp (3) with time zone
);
--> statement-breakpoint
-- One live code per case: issuing again revokes the one before in the same transaction.
CREATE UNIQUE INDEX status_codes_live_idx ON status_codes (case_id) WHERE revoked_at IS NULL;
--> statement-breakpoint
CREATE TABLE status_check_settings (
  case_id uuid PRIMARY KEY NOT NULL REFERENCES cases(id),
  agency_id uuid NOT NULL REFERENCES agencies(id),
  enabled boolean NOT NULL,
  changed_by uuid NOT NULL REFERENCES users(id),
  changed_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE feedback_codes, feedback_responses, status_codes, status_check_settings
  TO lantern_app;
--> statement-breakpoint
ALTER TABLE feedback_codes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE feedback_responses ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE status_codes ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
ALTER TABLE status_check_settings ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Codes are the issuing agency's; a code is redeemed through lantern_redeem_feedback_code, never read openly.
CREATE POLICY feedback_codes_own ON feedback_codes FOR SELECT
  USING (agency_id = lantern_current_agency() AND lantern_has_permission('feedback.collect'));
--> statement-breakpoint
CREATE POLICY feedback_codes_issue ON feedback_codes FOR INSERT WITH CHECK (
  agency_id = lantern_current_agency() AND created_by = lantern_current_actor()
  AND lantern_has_permission('feedback.collect')
);
--> statement-breakpoint
-- Survivor mode on the worker's device stores the answer as the signed-in worker (who cannot read it back).
CREATE POLICY feedback_responses_collect ON feedback_responses FOR INSERT WITH CHECK (
  agency_id = lantern_current_agency() AND lantern_has_permission('feedback.collect')
);
--> statement-breakpoint
CREATE POLICY feedback_responses_review ON feedback_responses FOR SELECT
  USING (agency_id = lantern_current_agency() AND lantern_has_permission('feedback.review'));
--> statement-breakpoint
CREATE POLICY feedback_responses_screen ON feedback_responses FOR UPDATE
  USING (agency_id = lantern_current_agency() AND lantern_has_permission('feedback.review'))
  WITH CHECK (agency_id = lantern_current_agency());
--> statement-breakpoint
CREATE POLICY status_codes_own ON status_codes FOR SELECT
  USING (agency_id = lantern_current_agency() AND lantern_has_permission('case.update'));
--> statement-breakpoint
CREATE POLICY status_codes_issue ON status_codes FOR INSERT WITH CHECK (
  agency_id = lantern_current_agency() AND issued_by = lantern_current_actor()
  AND agency_id = lantern_case_owner(case_id) AND lantern_has_permission('case.update')
);
--> statement-breakpoint
CREATE POLICY status_codes_revoke ON status_codes FOR UPDATE
  USING (agency_id = lantern_current_agency() AND lantern_has_permission('case.update'))
  WITH CHECK (agency_id = lantern_current_agency());
--> statement-breakpoint
CREATE POLICY status_check_settings_own ON status_check_settings FOR SELECT
  USING (agency_id = lantern_current_agency() AND lantern_has_permission('case.update'));
--> statement-breakpoint
CREATE POLICY status_check_settings_set ON status_check_settings FOR INSERT WITH CHECK (
  agency_id = lantern_current_agency() AND changed_by = lantern_current_actor()
  AND agency_id = lantern_case_owner(case_id) AND lantern_has_permission('case.update')
);
--> statement-breakpoint
CREATE POLICY status_check_settings_change ON status_check_settings FOR UPDATE
  USING (agency_id = lantern_current_agency() AND lantern_has_permission('case.update'))
  WITH CHECK (agency_id = lantern_current_agency() AND changed_by = lantern_current_actor());
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feedback_codes_audited AFTER INSERT OR UPDATE OR DELETE ON feedback_codes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER feedback_responses_audited AFTER INSERT OR UPDATE OR DELETE ON feedback_responses
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER status_codes_audited AFTER INSERT OR UPDATE OR DELETE ON status_codes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER status_check_settings_audited AFTER INSERT OR UPDATE OR DELETE ON status_check_settings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
-- The public status page's only window on a case: the allow-listed step, the next follow-up day and whom to
-- call (and the case id, for the audit event only). Nothing for an unknown or revoked code, or a case whose check is switched off. The agency is named
-- (with its published phone) only when it agreed to be named as a holder of records — a shelter does not.
CREATE FUNCTION lantern_status_check(for_code_hash text) RETURNS TABLE (
  case_id uuid, case_state text, service text, referral_status text, step_on date, next_visit_on date,
  agency_name text, agency_phone text
)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT c.id, c.state, r.services[1], r.status,
      (coalesce(r.answered_at, r.created_at) AT TIME ZONE 'Asia/Ho_Chi_Minh')::date,
      (SELECT min(v.due_on) FROM reintegration_visits v
        WHERE v.case_id = c.id AND v.due_on >= (now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date
          AND NOT EXISTS (SELECT 1 FROM reintegration_assessments ra WHERE ra.visit_id = v.id)),
      CASE WHEN a.discloses_as_holder THEN a.name END,
      CASE WHEN a.discloses_as_holder THEN (SELECT s.contact_phone FROM agency_services s
        WHERE s.agency_id = a.id AND s.contact_phone IS NOT NULL ORDER BY s.service_code LIMIT 1) END
    FROM status_codes sc
    JOIN cases c ON c.id = sc.case_id
    JOIN agencies a ON a.id = c.owner_agency_id
    LEFT JOIN LATERAL (
      SELECT x.services, x.status, x.answered_at, x.created_at FROM referrals x
      WHERE x.case_id = c.id AND x.status IN ('sent', 'accepted', 'in_progress', 'completed')
      ORDER BY x.created_at DESC LIMIT 1) r ON true
    WHERE sc.code_hash = for_code_hash AND sc.revoked_at IS NULL
      AND NOT EXISTS (SELECT 1 FROM status_check_settings s WHERE s.case_id = sc.case_id AND NOT s.enabled)
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_status_check(text) TO lantern_app;
--> statement-breakpoint
-- The survivor's own phone: a live code is used up and its answer stored in one step, under the code's agency
-- and service type. The answer row keeps nothing of the code. Answers the number of rows stored (0 or 1).
CREATE FUNCTION lantern_redeem_feedback_code(
  for_code_hash text, for_instrument text, for_version integer, for_answers jsonb, for_free_text_sealed text
) RETURNS integer
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DECLARE code feedback_codes%ROWTYPE;
  BEGIN
    UPDATE feedback_codes SET used_at = now()
      WHERE code_hash = for_code_hash AND used_at IS NULL AND expires_at > now()
      RETURNING * INTO code;
    IF NOT FOUND THEN RETURN 0; END IF;
    INSERT INTO feedback_responses (agency_id, service_type, period_month, instrument_id, instrument_version,
        answers, free_text_sealed, free_text_status)
      VALUES (code.agency_id, code.service_type,
        date_trunc('month', now() AT TIME ZONE 'Asia/Ho_Chi_Minh')::date, for_instrument, for_version,
        for_answers, for_free_text_sealed, CASE WHEN for_free_text_sealed IS NULL THEN 'none' ELSE 'pending' END);
    RETURN 1;
  END $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_redeem_feedback_code(text, text, integer, jsonb, text) TO lantern_app;
--> statement-breakpoint
-- Whether a feedback code is live (the phone's survey page asks before showing the questions); the service type
-- is answered so the page can say what the survey is about. Nothing else.
CREATE FUNCTION lantern_feedback_code_service(for_code_hash text) RETURNS text
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public, pg_temp AS $$
    SELECT service_type FROM feedback_codes
    WHERE code_hash = for_code_hash AND used_at IS NULL AND expires_at > now()
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_feedback_code_service(text) TO lantern_app;
--> statement-breakpoint
-- Installations made before this migration: case workers and supervisors collect feedback; supervisors and
-- agency administrators review it (new installations get them from the seeded roles).
DO $$
  DECLARE event_id uuid := gen_random_uuid();
  BEGIN
    IF EXISTS (SELECT 1 FROM roles WHERE (code IN ('case_worker', 'supervisor')
          AND NOT 'feedback.collect' = ANY(permissions))
        OR (code IN ('supervisor', 'agency_admin') AND NOT 'feedback.review' = ANY(permissions))) THEN
      INSERT INTO audit_events (id, occurred_at, action, outcome, user_agent, details, tx_id)
        VALUES (event_id, date_trunc('milliseconds', now()), 'system.seed', 'success', 'lantern-system',
          '{"permissionsAdded":2}'::jsonb, txid_current());
      INSERT INTO audit_pending_seal (event_id) VALUES (event_id);
      UPDATE roles SET permissions = array_append(permissions, 'feedback.collect')
        WHERE code IN ('case_worker', 'supervisor') AND NOT 'feedback.collect' = ANY(permissions);
      UPDATE roles SET permissions = array_append(permissions, 'feedback.review')
        WHERE code IN ('supervisor', 'agency_admin') AND NOT 'feedback.review' = ANY(permissions);
    END IF;
  END $$;
