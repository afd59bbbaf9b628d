-- Issue #18, first slice: support under Law 53/2024/QH15 — rates as configuration, support plans, service
-- deliveries and the supervisor's approval of money and plan closure (two-person rule). Free text is sealed by
-- the application (…_sealed); amounts are whole dong.
CREATE TABLE support_rates (
  id uuid PRIMARY KEY NOT NULL,
  regime text NOT NULL,
  amount_vnd bigint CHECK (amount_vnd > 0),
  ceiling_vnd bigint CHECK (ceiling_vnd > 0),
  unit text,
  effective_from date NOT NULL,
  effective_until date,
  legal_basis text,
  -- Illustrative values shipped or entered for training, never official rates.
  example boolean DEFAULT false NOT NULL,
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  CHECK (effective_until IS NULL OR effective_until > effective_from),
  CHECK (amount_vnd IS NOT NULL OR ceiling_vnd IS NOT NULL)
);
--> statement-breakpoint
CREATE INDEX support_rates_regime_idx ON support_rates (regime, effective_from);
--> statement-breakpoint
CREATE TABLE support_plans (
  id uuid PRIMARY KEY NOT NULL,
  case_id uuid NOT NULL REFERENCES cases(id),
  plan_type text NOT NULL,
  objectives_sealed text NOT NULL,
  services jsonb DEFAULT '[]'::jsonb NOT NULL,
  start_on date NOT NULL,
  planned_end_on date,
  review_on date,
  actual_end_on date,
  status text DEFAULT 'active' NOT NULL CHECK (status IN ('active', 'closure_requested', 'closed')),
  created_by uuid NOT NULL REFERENCES users(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  CHECK (planned_end_on IS NULL OR planned_end_on >= start_on),
  CHECK ((status = 'closed') = (actual_end_on IS NOT NULL))
);
--> statement-breakpoint
CREATE INDEX support_plans_case_idx ON support_plans (case_id, start_on);
--> statement-breakpoint
CREATE TABLE support_deliveries (
  id uuid PRIMARY KEY NOT NULL,
  case_id uuid NOT NULL REFERENCES cases(id),
  plan_id uuid REFERENCES support_plans(id),
  regime text NOT NULL,
  delivered_on date NOT NULL,
  agency_id uuid NOT NULL REFERENCES agencies(id),
  recorded_by uuid NOT NULL REFERENCES users(id),
  quantity integer DEFAULT 1 NOT NULL CHECK (quantity > 0),
  amount_vnd bigint CHECK (amount_vnd > 0),
  note_sealed text,
  -- Without an amount a delivery is recorded; with one it is a draft until a supervisor approves it.
  status text NOT NULL CHECK (status IN ('recorded', 'draft', 'pending', 'approved', 'rejected')),
  corrects_id uuid REFERENCES support_deliveries(id),
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  CHECK ((amount_vnd IS NULL) = (status = 'recorded'))
);
--> statement-breakpoint
CREATE INDEX support_deliveries_case_idx ON support_deliveries (case_id, delivered_on);
--> statement-breakpoint
CREATE TABLE support_approvals (
  id uuid PRIMARY KEY NOT NULL,
  case_id uuid NOT NULL REFERENCES cases(id),
  agency_id uuid NOT NULL REFERENCES agencies(id),
  kind text NOT NULL CHECK (kind IN ('delivery', 'plan_closure')),
  delivery_id uuid REFERENCES support_deliveries(id),
  plan_id uuid REFERENCES support_plans(id),
  status text DEFAULT 'pending' NOT NULL CHECK (status IN ('pending', 'approved', 'rejected')),
  requested_by uuid NOT NULL REFERENCES users(id),
  requested_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  decided_by uuid REFERENCES users(id),
  decided_at timestamp (3) with time zone,
  reason_sealed text,
  CHECK ((kind = 'delivery') = (delivery_id IS NOT NULL)),
  CHECK ((kind = 'plan_closure') = (plan_id IS NOT NULL)),
  CHECK ((status = 'pending') = (decided_by IS NULL)),
  -- The two-person rule, held by the database as well as the application.
  CHECK (decided_by IS NULL OR decided_by <> requested_by)
);
--> statement-breakpoint
CREATE INDEX support_approvals_agency_idx ON support_approvals (agency_id, status, requested_at);
--> statement-breakpoint
CREATE INDEX support_approvals_case_idx ON support_approvals (case_id);
--> statement-breakpoint
-- One open request per delivery or plan at a time.
CREATE UNIQUE INDEX support_approvals_open_delivery_idx ON support_approvals (delivery_id) WHERE status = 'pending';
--> statement-breakpoint
CREATE UNIQUE INDEX support_approvals_open_plan_idx ON support_approvals (plan_id) WHERE status = 'pending';
--> statement-breakpoint
-- Approved money is locked: nothing of an approved delivery changes (a correction is a new row naming it), and a
-- delivery waiting for a decision changes only its status.
CREATE FUNCTION lantern_support_delivery_locked() RETURNS trigger
  LANGUAGE plpgsql SET search_path = public AS $$
  BEGIN
    IF OLD.status = 'approved' THEN
      RAISE EXCEPTION 'lantern: an approved support delivery cannot change' USING ERRCODE = 'P0A02';
    END IF;
    IF OLD.status = 'pending' AND (NEW.amount_vnd IS DISTINCT FROM OLD.amount_vnd
        OR NEW.delivered_on IS DISTINCT FROM OLD.delivered_on OR NEW.quantity IS DISTINCT FROM OLD.quantity
        OR NEW.regime IS DISTINCT FROM OLD.regime OR NEW.note_sealed IS DISTINCT FROM OLD.note_sealed) THEN
      RAISE EXCEPTION 'lantern: a support delivery waiting for approval cannot change' USING ERRCODE = 'P0A02';
    END IF;
    RETURN NEW;
  END $$;
--> statement-breakpoint
CREATE TRIGGER support_deliveries_locked BEFORE UPDATE ON support_deliveries
  FOR EACH ROW EXECUTE FUNCTION lantern_support_delivery_locked();
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE support_rates TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE support_plans, support_deliveries, support_approvals TO lantern_app;
--> statement-breakpoint
ALTER TABLE support_rates ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Rates are configuration, not personal data: every signed-in actor reads them; only their administrator adds.
CREATE POLICY support_rates_read ON support_rates FOR SELECT USING (lantern_current_actor() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY support_rates_add ON support_rates FOR INSERT WITH CHECK (
  lantern_has_permission('admin.support_rates.manage') AND created_by = lantern_current_actor()
);
--> statement-breakpoint
ALTER TABLE support_plans ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY support_plans_all ON support_plans FOR ALL
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency()));
--> statement-breakpoint
ALTER TABLE support_deliveries ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY support_deliveries_all ON support_deliveries FOR ALL
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id))
  WITH CHECK (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency()));
--> statement-breakpoint
ALTER TABLE support_approvals ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY support_approvals_read ON support_approvals FOR SELECT
  USING (EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id));
--> statement-breakpoint
CREATE POLICY support_approvals_request ON support_approvals FOR INSERT WITH CHECK (
  requested_by = lantern_current_actor() AND agency_id = lantern_current_agency()
  AND EXISTS (SELECT 1 FROM cases c WHERE c.id = case_id AND c.owner_agency_id = lantern_current_agency())
);
--> statement-breakpoint
-- Only a holder of support.approve in the case's agency decides, and never on their own request.
CREATE POLICY support_approvals_decide ON support_approvals FOR UPDATE
  USING (agency_id = lantern_current_agency() AND lantern_has_permission('support.approve')
    AND requested_by <> lantern_current_actor())
  WITH CHECK (decided_by = lantern_current_actor());
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER support_rates_audited AFTER INSERT OR UPDATE OR DELETE ON support_rates
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER support_plans_audited AFTER INSERT OR UPDATE OR DELETE ON support_plans
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER support_deliveries_audited AFTER INSERT OR UPDATE OR DELETE ON support_deliveries
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER support_approvals_audited AFTER INSERT OR UPDATE OR DELETE ON support_approvals
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
-- Installations made before this migration: their seeded supervisor and system administrator roles get the new
-- permissions (new installations get them from the seeded roles), with the audit event the roles table requires.
DO $$
  DECLARE event_id uuid := gen_random_uuid();
  BEGIN
    IF EXISTS (SELECT 1 FROM roles WHERE (code = 'supervisor' AND NOT 'support.approve' = ANY(permissions))
        OR (code = 'system_admin' AND NOT 'admin.support_rates.manage' = ANY(permissions))) THEN
      INSERT INTO audit_events (id, occurred_at, action, outcome, user_agent, details, tx_id)
        VALUES (event_id, date_trunc('milliseconds', now()), 'system.seed', 'success', 'lantern-system',
          '{"permissionsAdded":2}'::jsonb, txid_current());
      INSERT INTO audit_pending_seal (event_id) VALUES (event_id);
      UPDATE roles SET permissions = array_append(permissions, 'support.approve')
        WHERE code = 'supervisor' AND NOT 'support.approve' = ANY(permissions);
      UPDATE roles SET permissions = array_append(permissions, 'admin.support_rates.manage')
        WHERE code = 'system_admin' AND NOT 'admin.support_rates.manage' = ANY(permissions);
    END IF;
  END $$;
