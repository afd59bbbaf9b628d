-- Issue #18, support gaps: evidence on deliveries (a receipt, a signed acknowledgement) as links to the case's
-- attachments — uploaded through the one attachment path — locked with the money once it waits for or has a
-- supervisor's approval; and deliveries recorded by an agency the case was referred to for that service.
CREATE TABLE support_delivery_evidence (
  delivery_id uuid NOT NULL REFERENCES support_deliveries(id),
  attachment_id uuid NOT NULL REFERENCES case_attachments(id),
  case_id uuid NOT NULL REFERENCES cases(id),
  linked_by uuid NOT NULL REFERENCES users(id),
  linked_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  PRIMARY KEY (delivery_id, attachment_id)
);
--> statement-breakpoint
CREATE INDEX support_delivery_evidence_case_idx ON support_delivery_evidence (case_id);
--> statement-breakpoint
-- The delivery and the attachment are of the link's case; evidence of money waiting for a decision or approved
-- stays (adding a late receipt is allowed, taking one away is not).
CREATE FUNCTION lantern_support_evidence_guard() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public AS $$
  BEGIN
    IF TG_OP = 'INSERT' THEN
      IF NOT EXISTS (SELECT 1 FROM support_deliveries d WHERE d.id = NEW.delivery_id AND d.case_id = NEW.case_id)
         OR NOT EXISTS (SELECT 1 FROM case_attachments a WHERE a.id = NEW.attachment_id AND a.case_id = NEW.case_id) THEN
        RAISE EXCEPTION 'lantern: evidence must belong to the delivery''s case' USING ERRCODE = 'P0A02';
      END IF;
      RETURN NEW;
    END IF;
    IF EXISTS (SELECT 1 FROM support_deliveries d WHERE d.id = OLD.delivery_id AND d.status IN ('pending', 'approved')) THEN
      RAISE EXCEPTION 'lantern: the evidence of approved support cannot be removed' USING ERRCODE = 'P0A02';
    END IF;
    RETURN OLD;
  END $$;
--> statement-breakpoint
CREATE TRIGGER support_delivery_evidence_guarded BEFORE INSERT OR UPDATE OR DELETE ON support_delivery_evidence
  FOR EACH ROW EXECUTE FUNCTION lantern_support_evidence_guard();
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON TABLE support_delivery_evidence TO lantern_app;
--> statement-breakpoint
ALTER TABLE support_delivery_evidence ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Read with the case's attachments (a referred agency only when its referral opened them); linked and unlinked by
-- the owning agency.
CREATE POLICY support_delivery_evidence_read ON support_delivery_evidence FOR SELECT USING (
  EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id) AND lantern_case_section(case_id, 'attachments')
);
--> statement-breakpoint
CREATE POLICY support_delivery_evidence_link ON support_delivery_evidence FOR INSERT WITH CHECK (
  linked_by = lantern_current_actor()
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
CREATE POLICY support_delivery_evidence_unlink ON support_delivery_evidence FOR DELETE USING (
  EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER support_delivery_evidence_audited AFTER INSERT OR UPDATE OR DELETE ON support_delivery_evidence
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
-- The regimes an agency is responsible for on a case: planned services of the case's open plans that name a
-- referral of the case to that agency which the agency accepted and has not closed. Stated again in
-- access/case-policy.ts (supportResponsibility).
CREATE FUNCTION lantern_support_responsible(for_case uuid, for_agency uuid, for_regime text) RETURNS boolean
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT EXISTS (
      SELECT 1 FROM support_plans p CROSS JOIN LATERAL jsonb_array_elements(p.services) s
        JOIN referrals r ON r.id::text = s->>'referralId'
      WHERE p.case_id = for_case AND p.status <> 'closed' AND s->>'regime' = for_regime
        AND r.case_id = for_case AND r.to_agency_id = for_agency AND r.status IN ('accepted', 'in_progress')
        AND (r.consent_overridden OR lantern_sharing_consented(r.case_id, r.to_agency_id)))
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_support_responsible(uuid, uuid, text) TO lantern_app;
--> statement-breakpoint
-- A referred agency records the deliveries of the services it is responsible for, as itself, in its own name.
CREATE POLICY support_deliveries_referred_add ON support_deliveries FOR INSERT WITH CHECK (
  agency_id = lantern_current_agency() AND recorded_by = lantern_current_actor() AND corrects_id IS NULL
  AND lantern_support_responsible(case_id, lantern_current_agency(), regime)
);
