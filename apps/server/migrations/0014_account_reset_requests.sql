-- Resetting someone else's account (password or second factor) takes two people: an administrator asks, and a
-- supervisor of the account's agency or another administrator approves. Only an approval performs the reset.
CREATE TABLE account_reset_requests (
  id uuid PRIMARY KEY,
  user_id uuid NOT NULL REFERENCES users (id),
  kind text NOT NULL CHECK (kind IN ('password', 'mfa')),
  status text NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'performed', 'refused', 'expired')),
  requested_by uuid NOT NULL REFERENCES users (id),
  requested_at timestamptz NOT NULL DEFAULT now(),
  expires_at timestamptz NOT NULL,
  decided_by uuid REFERENCES users (id),
  decided_at timestamptz,
  -- When the account holder confirmed they saw the notice of a performed reset.
  acknowledged_at timestamptz,
  CHECK (decided_by IS NULL OR (decided_by <> requested_by AND decided_by <> user_id)),
  CHECK ((status IN ('performed', 'refused')) = (decided_by IS NOT NULL AND decided_at IS NOT NULL))
);
--> statement-breakpoint
CREATE UNIQUE INDEX account_reset_requests_one_pending ON account_reset_requests (user_id, kind)
  WHERE status = 'pending';
--> statement-breakpoint
CREATE INDEX account_reset_requests_user ON account_reset_requests (user_id, decided_at DESC);
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER account_reset_requests_audited AFTER INSERT OR UPDATE OR DELETE ON account_reset_requests
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE account_reset_requests TO lantern_app;
