-- Issue #19: programme monitoring, part two. Indicator targets (entered by a system administrator as data, as
-- Decision 33/QĐ-TTg sets the 2021–2025 and 2026–2030 programmes' targets) and review-report jobs (built in the
-- background by the server, kept for a few days, downloaded by whoever asked for them).
--
-- Neither table holds identifying data: targets are numbers; a report holds figures that passed the same scope
-- and suppression rule as GET /api/indicators/{code}/values, so its files are stored as they are, not sealed.
CREATE TABLE indicator_targets (
  id uuid PRIMARY KEY NOT NULL,
  indicator_code text NOT NULL CHECK (indicator_code ~ '^[a-z][a-z0-9_]{2,47}$'),
  year integer NOT NULL CHECK (year BETWEEN 2000 AND 2100),
  -- NULL: the national target; a province code: that province's own target.
  province_code text CHECK (province_code IS NULL OR length(province_code) BETWEEN 1 AND 16),
  target_value numeric NOT NULL CHECK (target_value >= 0),
  set_by uuid NOT NULL REFERENCES users(id),
  set_at timestamp (3) with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX indicator_targets_once_idx ON indicator_targets (indicator_code, year, coalesce(province_code, ''));
--> statement-breakpoint
CREATE TABLE report_jobs (
  id uuid PRIMARY KEY NOT NULL,
  kind text DEFAULT 'review' NOT NULL CHECK (kind IN ('review')),
  requested_by uuid NOT NULL REFERENCES users(id),
  agency_id uuid NOT NULL REFERENCES agencies(id),
  scope text NOT NULL CHECK (scope IN ('own', 'national')),
  -- {"years": [2021, 2022, 2023], "targetYear": 2025}
  periods jsonb NOT NULL,
  language text NOT NULL CHECK (language IN ('vi', 'en', 'ar')),
  status text DEFAULT 'queued' NOT NULL CHECK (status IN ('queued', 'running', 'done', 'failed')),
  progress integer DEFAULT 0 NOT NULL CHECK (progress BETWEEN 0 AND 100),
  pdf bytea,
  xlsx bytea,
  error_code text,
  created_at timestamp (3) with time zone DEFAULT now() NOT NULL,
  started_at timestamp (3) with time zone,
  finished_at timestamp (3) with time zone,
  expires_at timestamp (3) with time zone NOT NULL
);
--> statement-breakpoint
CREATE INDEX report_jobs_requester_idx ON report_jobs (requested_by, created_at);
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE, DELETE ON TABLE indicator_targets TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE report_jobs TO lantern_app;
--> statement-breakpoint
ALTER TABLE indicator_targets ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- Targets are programme data: every reader of indicators sees them, and the administrators who set them.
CREATE POLICY indicator_targets_read ON indicator_targets FOR SELECT USING (
  lantern_has_permission('indicators.read') OR lantern_has_permission('stats.read_aggregate')
  OR lantern_has_permission('admin.indicator_targets.manage')
);
--> statement-breakpoint
CREATE POLICY indicator_targets_add ON indicator_targets FOR INSERT WITH CHECK (
  lantern_has_permission('admin.indicator_targets.manage') AND set_by = lantern_current_actor()
);
--> statement-breakpoint
CREATE POLICY indicator_targets_change ON indicator_targets FOR UPDATE
  USING (lantern_has_permission('admin.indicator_targets.manage'))
  WITH CHECK (set_by = lantern_current_actor());
--> statement-breakpoint
CREATE POLICY indicator_targets_clear ON indicator_targets FOR DELETE
  USING (lantern_has_permission('admin.indicator_targets.manage'));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER indicator_targets_audited AFTER INSERT OR UPDATE OR DELETE ON indicator_targets
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
--> statement-breakpoint
ALTER TABLE report_jobs ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
-- A report is its requester's alone: nobody else (an administrator included) lists, reads or downloads it.
CREATE POLICY report_jobs_read ON report_jobs FOR SELECT USING (requested_by = lantern_current_actor());
--> statement-breakpoint
CREATE POLICY report_jobs_add ON report_jobs FOR INSERT WITH CHECK (
  requested_by = lantern_current_actor() AND agency_id = lantern_current_agency()
  AND (lantern_has_permission('indicators.read') OR lantern_has_permission('stats.read_aggregate'))
);
--> statement-breakpoint
-- Progress updates are the background job's, acting as the requester; they carry no audit event of their own
-- (the request, the start, the finish and every download do), so this table has no audit trigger.
CREATE POLICY report_jobs_progress ON report_jobs FOR UPDATE
  USING (requested_by = lantern_current_actor()) WITH CHECK (requested_by = lantern_current_actor());
--> statement-breakpoint
-- Installations made before this migration: their seeded system administrator role gets
-- admin.indicator_targets.manage (new installations get it from the seeded roles), with the audit event the roles
-- table requires.
DO $$
  DECLARE event_id uuid := gen_random_uuid();
  BEGIN
    IF EXISTS (SELECT 1 FROM roles WHERE code = 'system_admin'
        AND NOT 'admin.indicator_targets.manage' = ANY(permissions)) THEN
      INSERT INTO audit_events (id, occurred_at, action, outcome, user_agent, details, tx_id)
        VALUES (event_id, date_trunc('milliseconds', now()), 'system.seed', 'success', 'lantern-system',
          '{"permissionsAdded":1}'::jsonb, txid_current());
      INSERT INTO audit_pending_seal (event_id) VALUES (event_id);
      UPDATE roles SET permissions = array_append(permissions, 'admin.indicator_targets.manage')
        WHERE code = 'system_admin' AND NOT 'admin.indicator_targets.manage' = ANY(permissions);
    END IF;
  END $$;
