-- One transaction per signed-in request (docs/ARCHITECTURE.md, "How a request flows"): the request's first
-- statement switches to lantern_app, records the request id and calls this function, which checks the session
-- behind a cookie exactly as access/resolve-session.ts did in a transaction of its own, and sets the actor
-- settings the row-level-security policies read (lantern_current_actor, lantern_current_agency,
-- lantern_has_permission, migration 0003) for the rest of the same transaction.
--
-- SECURITY DEFINER, so the check does not depend on what the request role may read now or later; the search path
-- is pinned (pg_temp last, so a temporary table cannot stand in for sessions). It answers only for the one
-- session whose token hash is presented, and NULL for any other hash: it lists nothing.
-- The touch of last_seen_at skips a row another transaction holds (a concurrent request of the same session,
-- a revocation in flight), so a request never waits on its own session; the touch is not audited
-- (sessions_audited watches stage, revoked_at and token_hash only).
CREATE FUNCTION lantern_open_session(presented_hash text, idle_minutes integer) RETURNS jsonb
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public, pg_temp AS $$
  DECLARE
    matched record;
    active boolean;
  BEGIN
    SELECT s.id, s.user_id, u.username, u.agency_id, s.stage, s.last_seen_at,
           array(SELECT r.code FROM user_roles ur JOIN roles r ON r.id = ur.role_id
                 WHERE ur.user_id = u.id ORDER BY r.code) AS roles,
           array(SELECT DISTINCT p FROM user_roles ur JOIN roles r ON r.id = ur.role_id, unnest(r.permissions) p
                 WHERE ur.user_id = u.id ORDER BY p) AS permissions
      INTO matched
      FROM sessions s
      JOIN users u ON u.id = s.user_id
      JOIN agencies a ON a.id = u.agency_id
     WHERE s.token_hash = presented_hash
       AND s.revoked_at IS NULL
       AND s.expires_at > now()
       AND s.last_seen_at > now() - make_interval(mins => idle_minutes)
       AND u.disabled_at IS NULL
       AND a.disabled_at IS NULL;
    IF NOT FOUND THEN
      RETURN NULL;
    END IF;
    IF matched.last_seen_at <= now() - interval '60 seconds' THEN
      UPDATE sessions SET last_seen_at = now()
       WHERE id = (SELECT id FROM sessions WHERE id = matched.id FOR UPDATE SKIP LOCKED);
    END IF;
    -- Only a fully signed-in session acts; a session part-way through sign-in carries no actor.
    active := matched.stage = 'active';
    PERFORM set_config('lantern.actor_id', CASE WHEN active THEN matched.user_id::text ELSE '' END, true),
            set_config('lantern.agency_id', CASE WHEN active THEN matched.agency_id::text ELSE '' END, true),
            set_config('lantern.permissions', CASE WHEN active THEN array_to_string(matched.permissions, ',') ELSE '' END, true);
    RETURN jsonb_build_object(
      'id', matched.id, 'userId', matched.user_id, 'username', matched.username, 'agencyId', matched.agency_id,
      'stage', matched.stage, 'roles', to_jsonb(matched.roles), 'permissions', to_jsonb(matched.permissions));
  END $$;
--> statement-breakpoint
REVOKE ALL ON FUNCTION lantern_open_session(text, integer) FROM PUBLIC;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_open_session(text, integer) TO lantern_app;
