-- Every rate limit counts in this one table, so a limit holds across restarts and across API instances serving
-- one database. One row per (scope, key): a scope names the limit ('person_search', 'sign_in.account' …), the key
-- whom it counts (a user id, an account name, an address). Counts and times only; no case or person data.
-- The request role needs every row: sign-in is counted before anyone is signed in, so no row-level policy could
-- narrow it; the table is reachable only through db/rate-limits.ts.
CREATE TABLE rate_limit_hits (
  scope text NOT NULL,
  key text NOT NULL,
  hits integer NOT NULL,
  last_hit_at timestamptz NOT NULL DEFAULT now(),
  -- When the window lapses and the count starts again; rows past it are deleted as other hits pass.
  expires_at timestamptz NOT NULL,
  PRIMARY KEY (scope, key)
);
--> statement-breakpoint
CREATE INDEX rate_limit_hits_expiry ON rate_limit_hits (expires_at);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE rate_limit_hits TO lantern_app;
--> statement-breakpoint
-- The sign-in throttle counts here too now: its live counters move over (kind:value keys become scopes and
-- keys; a block is derived from the count and the time of the last failure, as it was set), the table goes.
INSERT INTO rate_limit_hits (scope, key, hits, last_hit_at, expires_at)
  SELECT 'sign_in.' || split_part(key, ':', 1), substr(key, position(':' IN key) + 1), failures, updated_at,
         updated_at + interval '1 hour'
  FROM sign_in_throttle
  WHERE updated_at > now() - interval '1 hour' AND failures > 0 AND position(':' IN key) > 0;
--> statement-breakpoint
DROP TABLE sign_in_throttle;
