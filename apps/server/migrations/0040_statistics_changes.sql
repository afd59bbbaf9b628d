-- Issue #19: the national indicator tables are computed from the whole country; when nothing they read has
-- changed since the last computation, the server answers from its cache instead of computing them again.
-- "Changed" is this counter: every statement that writes a table the fact views read moves it on. A sequence,
-- not a row, so writers never wait for each other (nextval takes no lock that lasts past the call) and a
-- rolled-back change only costs one needless recomputation.
CREATE SEQUENCE statistics_changes AS bigint;
--> statement-breakpoint
GRANT USAGE, SELECT ON SEQUENCE statistics_changes TO lantern_app;
--> statement-breakpoint
CREATE FUNCTION lantern_note_statistics_change() RETURNS trigger LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM nextval('statistics_changes');
    RETURN NULL;
  END $$;
--> statement-breakpoint
DO $$
  DECLARE fact_table text;
  BEGIN
    FOREACH fact_table IN ARRAY ARRAY['cases', 'persons', 'agencies', 'screenings', 'referrals',
        'support_deliveries', 'reintegration_visits', 'reintegration_assessments', 'self_help_groups',
        'self_help_group_members', 'self_help_group_meetings', 'self_help_group_attendance', 'self_help_group_member_cases', 'contacts', 'training_events',
        'training_participants'] LOOP
      EXECUTE format('CREATE TRIGGER %I AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON %I
        FOR EACH STATEMENT EXECUTE FUNCTION lantern_note_statistics_change()',
        fact_table || '_statistics_change', fact_table);
    END LOOP;
  END $$;
--> statement-breakpoint
-- A random start: the counter names this database's state, so two databases (tests run many in one process)
-- never share a cached table.
SELECT setval('statistics_changes', 1 + floor(random() * 1e15)::bigint);
