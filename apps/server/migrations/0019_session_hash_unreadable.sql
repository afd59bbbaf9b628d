-- The request role no longer reads session token hashes. Since 0018 every session lookup goes through
-- lantern_open_session (SECURITY DEFINER), so the hashes need not be readable by lantern_app at all: an injected
-- query in a request can no longer list them. The role keeps reading every other column (a user's own devices),
-- and still writes the hash when it issues or rotates a session.
REVOKE SELECT ON TABLE sessions FROM lantern_app;
--> statement-breakpoint
GRANT SELECT (id, user_id, stage, created_at, last_seen_at, expires_at, revoked_at, ip, user_agent)
  ON TABLE sessions TO lantern_app;
