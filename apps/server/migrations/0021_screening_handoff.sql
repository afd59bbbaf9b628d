-- Screening hand-off (issue #17): an anonymous screening sent by the screener's agency to the agency that must act
-- on it, through the referrals inbox (one inbox). A screening referral names no case (there is none yet): it
-- carries the screening and the person's consent to pass it on (who gave it, how, when).
ALTER TABLE referrals ALTER COLUMN case_id DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE referrals ALTER COLUMN case_code DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE referrals ADD COLUMN screening_id uuid REFERENCES screenings(id);
--> statement-breakpoint
ALTER TABLE referrals ADD COLUMN screening_consent_by text CHECK (screening_consent_by IN ('person', 'guardian'));
--> statement-breakpoint
ALTER TABLE referrals ADD COLUMN screening_consent_method text CHECK (screening_consent_method IN ('verbal', 'written'));
--> statement-breakpoint
ALTER TABLE referrals ADD COLUMN screening_consent_at timestamp (3) with time zone;
--> statement-breakpoint
ALTER TABLE referrals DROP CONSTRAINT referrals_kind_check;
--> statement-breakpoint
ALTER TABLE referrals ADD CONSTRAINT referrals_kind_check CHECK (kind IN ('services', 'transfer', 'screening'));
--> statement-breakpoint
-- A case referral names its case; a screening referral names its screening, an agency in Lantern and the consent.
ALTER TABLE referrals ADD CONSTRAINT referrals_subject_check CHECK (
  CASE WHEN kind = 'screening'
    THEN screening_id IS NOT NULL AND case_id IS NULL AND to_agency_id IS NOT NULL
         AND screening_consent_by IS NOT NULL AND screening_consent_method IS NOT NULL
         AND screening_consent_at IS NOT NULL
    ELSE case_id IS NOT NULL AND case_code IS NOT NULL AND screening_id IS NULL
  END
);
--> statement-breakpoint
CREATE INDEX referrals_screening_idx ON referrals (screening_id, to_agency_id) WHERE screening_id IS NOT NULL;
--> statement-breakpoint
-- The screener's agency sends a screening it can read (the sub-select obeys the screenings policies: a screener
-- without screening.read only their own), as the signed-in sender.
CREATE POLICY referrals_send_screening ON referrals FOR INSERT WITH CHECK (
  kind = 'screening' AND sent_by = lantern_current_actor() AND from_agency_id = lantern_current_agency()
  AND (lantern_has_permission('screening.create') OR lantern_has_permission('screening.read'))
  AND EXISTS (SELECT 1 FROM screenings s WHERE s.id = screening_id AND s.agency_id = lantern_current_agency())
);
--> statement-breakpoint
-- The agency a screening was sent to (and that has not declined it, nor seen it revoked or expire) reads that one
-- screening with its answers — nothing else of the sender's. Stated again in modules/screening/screening-scope.ts.
CREATE FUNCTION lantern_screening_referred(for_screening uuid) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT lantern_has_permission('referral.respond') AND EXISTS (
      SELECT 1 FROM referrals r WHERE r.screening_id = for_screening AND r.kind = 'screening'
        AND r.to_agency_id = lantern_current_agency()
        AND r.status IN ('sent', 'accepted', 'in_progress', 'completed'))
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_screening_referred(uuid) TO lantern_app;
--> statement-breakpoint
CREATE POLICY screenings_referred ON screenings FOR SELECT USING (lantern_screening_referred(id));
--> statement-breakpoint
-- A screening referral has no case, so its expiry or escalation has no timeline line to write.
CREATE OR REPLACE FUNCTION lantern_referral_timeline(for_referral uuid, event_id uuid, step text) RETURNS void
  LANGUAGE sql SECURITY DEFINER SET search_path = public AS $$
    INSERT INTO case_events (id, case_id, actor_user_id, kind, details)
    SELECT event_id, r.case_id, NULL, step,
           jsonb_build_object('referral', r.id::text, 'agencyId', r.to_agency_id::text)
    FROM referrals r WHERE r.id = for_referral AND r.case_id IS NOT NULL
      AND lantern_has_permission('referral.escalate')
  $$;
--> statement-breakpoint
-- The competent receiving agency of a province: where a screening goes when the screener does not pick one.
CREATE TABLE province_receiving_agencies (
  province_code text PRIMARY KEY NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies(id),
  updated_by uuid NOT NULL REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE province_receiving_agencies TO lantern_app;
--> statement-breakpoint
ALTER TABLE province_receiving_agencies ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY province_receiving_agencies_read ON province_receiving_agencies FOR SELECT
  USING (lantern_current_actor() IS NOT NULL);
--> statement-breakpoint
-- A system administrator sets any province; a provincial coordinator its own.
CREATE POLICY province_receiving_agencies_keep ON province_receiving_agencies FOR ALL
  USING (lantern_has_permission('admin.agencies.manage')
         OR (province_code = lantern_current_province() AND lantern_has_permission('case.read_province')))
  WITH CHECK (updated_by = lantern_current_actor() AND (lantern_has_permission('admin.agencies.manage')
         OR (province_code = lantern_current_province() AND lantern_has_permission('case.read_province'))));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER province_receiving_agencies_audited AFTER INSERT OR UPDATE OR DELETE
  ON province_receiving_agencies DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
