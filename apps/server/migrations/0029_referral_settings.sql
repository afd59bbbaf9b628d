-- Referrals, the rest of issue #16: re-routing a declined referral, deadline windows as configuration, and the
-- reminder of an off-system referral whose outcome was never recorded.
-- A re-routed referral names the declined (or expired) one it replaces; one re-route per referral.
ALTER TABLE referrals ADD COLUMN rerouted_from uuid REFERENCES referrals(id);
--> statement-breakpoint
CREATE UNIQUE INDEX referrals_rerouted_from_idx ON referrals (rerouted_from) WHERE rerouted_from IS NOT NULL;
--> statement-breakpoint
-- An off-system referral never expires (its answers are recorded by the sender); when its completion deadline
-- passes without an outcome the escalation run reminds the sender once, and says so here.
ALTER TABLE referrals ADD COLUMN sender_reminded_at timestamp (3) with time zone;
--> statement-breakpoint
GRANT UPDATE (sender_reminded_at) ON TABLE referrals TO lantern_app;
--> statement-breakpoint
-- The answer and completion windows by urgency, set by an administrator; without a row the built-in defaults
-- (packages/domain referrals/lifecycle.ts) apply. Every signed-in request reads them (a sender's deadlines).
CREATE TABLE referral_windows (
  urgency text PRIMARY KEY NOT NULL CHECK (urgency IN ('urgent', 'high', 'normal')),
  respond_hours integer NOT NULL CHECK (respond_hours > 0),
  complete_hours integer NOT NULL,
  updated_by uuid NOT NULL REFERENCES users(id),
  updated_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  CHECK (complete_hours >= respond_hours)
);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE referral_windows TO lantern_app;
--> statement-breakpoint
ALTER TABLE referral_windows ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY referral_windows_read ON referral_windows FOR SELECT USING (lantern_current_actor() IS NOT NULL);
--> statement-breakpoint
CREATE POLICY referral_windows_insert ON referral_windows FOR INSERT
  WITH CHECK (lantern_has_permission('admin.agencies.manage') AND updated_by = lantern_current_actor());
--> statement-breakpoint
CREATE POLICY referral_windows_update ON referral_windows FOR UPDATE
  USING (lantern_has_permission('admin.agencies.manage'))
  WITH CHECK (lantern_has_permission('admin.agencies.manage') AND updated_by = lantern_current_actor());
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER referral_windows_audited AFTER INSERT OR UPDATE OR DELETE ON referral_windows
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
