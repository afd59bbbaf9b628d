-- Identity and audit: privileges of the request role, the audit guard, the append-only trail and
-- row-level security. See docs/SECURITY.md.

-- A permission of the acting user, as set transaction-locally by the request transaction.
CREATE FUNCTION lantern_has_permission(permission text) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT permission = ANY (string_to_array(coalesce(current_setting('lantern.permissions', true), ''), ','))
  $$;
--> statement-breakpoint
CREATE FUNCTION lantern_current_actor() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('lantern.actor_id', true), '')::uuid $$;
--> statement-breakpoint
CREATE FUNCTION lantern_current_agency() RETURNS uuid
  LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('lantern.agency_id', true), '')::uuid $$;
--> statement-breakpoint

-- Every change to an audited table must be accompanied by an audit event written in the same
-- transaction; checked at commit, so forgetting recordAudit makes the whole transaction fail.
CREATE FUNCTION lantern_require_audit() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    IF NOT EXISTS (SELECT 1 FROM audit_events WHERE tx_id = txid_current()) THEN
      RAISE EXCEPTION 'lantern: % on % without an audit event in the same transaction', TG_OP, TG_TABLE_NAME
        USING ERRCODE = 'P0A01';
    END IF;
    RETURN NULL;
  END $$;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER agency_types_audited AFTER INSERT OR UPDATE OR DELETE ON agency_types
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER agencies_audited AFTER INSERT OR UPDATE OR DELETE ON agencies
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER offices_audited AFTER INSERT OR UPDATE OR DELETE ON offices
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER roles_audited AFTER INSERT OR UPDATE OR DELETE ON roles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER users_audited AFTER INSERT OR UPDATE OR DELETE ON users
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER user_roles_audited AFTER INSERT OR UPDATE OR DELETE ON user_roles
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER user_offices_audited AFTER INSERT OR UPDATE OR DELETE ON user_offices
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER recovery_codes_audited AFTER INSERT OR UPDATE OR DELETE ON recovery_codes
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
-- Sessions: creating, revoking and promoting a session is audited; touching last_seen_at is not.
CREATE CONSTRAINT TRIGGER sessions_audited AFTER INSERT OR DELETE OR UPDATE OF stage, revoked_at, token_hash ON sessions
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER password_setup_tokens_audited AFTER INSERT OR UPDATE OR DELETE ON password_setup_tokens
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER access_grants_audited AFTER INSERT OR UPDATE OR DELETE ON access_grants
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER notifications_audited AFTER INSERT OR UPDATE OR DELETE ON notifications
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER instance_settings_audited AFTER INSERT OR UPDATE OR DELETE ON instance_settings
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint

-- The audit trail is append-only, for every role including the owner (the hash chain detects what a
-- superuser could still do by disabling this trigger).
CREATE FUNCTION lantern_audit_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    RAISE EXCEPTION 'lantern: the audit trail is append-only' USING ERRCODE = 'P0A02';
  END $$;
--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_events_no_truncate BEFORE TRUNCATE ON audit_events
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
INSERT INTO audit_chain_head (id, seq, hash) VALUES (1, 0, repeat('0', 64));
--> statement-breakpoint

-- Row-level security: the audit trail is readable only inside a transaction of a user holding
-- audit.read; notifications only by their addressee.
ALTER TABLE audit_events ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY audit_events_append ON audit_events FOR INSERT WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY audit_events_read ON audit_events FOR SELECT USING (lantern_has_permission('audit.read'));
--> statement-breakpoint
ALTER TABLE notifications ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY notifications_create ON notifications FOR INSERT WITH CHECK (true);
--> statement-breakpoint
CREATE POLICY notifications_own ON notifications FOR SELECT USING (user_id = lantern_current_actor());
--> statement-breakpoint
CREATE POLICY notifications_mark_read ON notifications FOR UPDATE USING (user_id = lantern_current_actor());
--> statement-breakpoint

GRANT SELECT, INSERT ON TABLE agency_types TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE agencies, offices, users, sessions, password_setup_tokens TO lantern_app;
--> statement-breakpoint
GRANT SELECT ON TABLE roles TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, DELETE ON TABLE user_roles, user_offices TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE recovery_codes, sign_in_throttle TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE access_grants TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE notifications TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE audit_events TO lantern_app;
--> statement-breakpoint
GRANT SELECT, UPDATE ON TABLE audit_chain_head TO lantern_app;
