-- Issue #19: "Administrators can add indicators composed from the supported building blocks without code."
-- An administrator's indicator is a definition (the same JSON shape and checks as a seeded one: a count, ratio,
-- median of days or mean over one subject, narrowed by named filters) stored as data. The server turns it into
-- SQL it wrote itself (subject-sql.ts), so nothing an administrator types reaches the SQL text.
--
-- Retiring keeps the row (its code stays taken, so a report made earlier never meets another indicator under
-- the same code); a retired indicator leaves the catalogue and answers 404.
CREATE TABLE custom_indicators (
  code text PRIMARY KEY NOT NULL CHECK (code ~ '^[a-z][a-z0-9_]{2,47}$'),
  definition jsonb NOT NULL CHECK (jsonb_typeof(definition) = 'object' AND definition->>'code' = code),
  defined_by uuid NOT NULL REFERENCES users(id),
  defined_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  changed_by uuid REFERENCES users(id),
  changed_at timestamp (3) with time zone,
  retired_at timestamp (3) with time zone
);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE custom_indicators TO lantern_app;
--> statement-breakpoint
ALTER TABLE custom_indicators ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- The catalogue is programme data: every reader of indicators sees it, and the administrators who compose it.
CREATE POLICY custom_indicators_read ON custom_indicators FOR SELECT USING (
  lantern_has_permission('indicators.read') OR lantern_has_permission('stats.read_aggregate')
  OR lantern_has_permission('admin.indicator_targets.manage') OR lantern_has_permission('admin.indicators.manage')
);
--> statement-breakpoint
CREATE POLICY custom_indicators_define ON custom_indicators FOR INSERT WITH CHECK (
  lantern_has_permission('admin.indicators.manage') AND defined_by = lantern_current_actor()
);
--> statement-breakpoint
CREATE POLICY custom_indicators_change ON custom_indicators FOR UPDATE
  USING (lantern_has_permission('admin.indicators.manage'))
  WITH CHECK (changed_by = lantern_current_actor());
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER custom_indicators_audited AFTER INSERT OR UPDATE OR DELETE ON custom_indicators
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
-- Installations made before this migration: their seeded system administrator role gets
-- admin.indicators.manage (new installations get it from the seeded roles), with the audit event the roles
-- table requires.
DO $$
  DECLARE event_id uuid := gen_random_uuid();
  BEGIN
    IF EXISTS (SELECT 1 FROM roles WHERE code = 'system_admin'
        AND NOT 'admin.indicators.manage' = ANY(permissions)) THEN
      INSERT INTO audit_events (id, occurred_at, action, outcome, user_agent, details, tx_id)
        VALUES (event_id, date_trunc('milliseconds', now()), 'system.seed', 'success', 'lantern-system',
          '{"permissionsAdded":1}'::jsonb, txid_current());
      INSERT INTO audit_pending_seal (event_id) VALUES (event_id);
      UPDATE roles SET permissions = array_append(permissions, 'admin.indicators.manage')
        WHERE code = 'system_admin' AND NOT 'admin.indicators.manage' = ANY(permissions);
    END IF;
  END $$;
