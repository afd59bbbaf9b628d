-- Functions that read tables must read OUR tables, whoever calls them.
--
-- When pg_temp is not named in a search path, PostgreSQL searches it FIRST for tables and views. A connection
-- that can create temporary tables (PUBLIC may, by default) could therefore place a temporary `agencies`,
-- `cases` or `self_help_groups` in front of the real one, and a function read through it would answer from the
-- forgery: a SECURITY DEFINER function with the owner's rights, or a function a row-level-security policy asks
-- (lantern_group_managed decides who may read a group's attendance). The app never creates temporary tables;
-- this closes the door for anyone who holds the request role's connection some other way.
--
-- 1. Every SECURITY DEFINER function in public pins `search_path = public, pg_temp` (pg_temp last, as
--    lantern_open_session did from 0018) and is executable by the request role only, not by PUBLIC (trigger
--    functions by nobody: a trigger fires without the EXECUTE right). A test holds every future one to this.
-- 2. Invoker functions that name a table name it with its schema, so they stay inlinable into the policies that
--    call them (a SET clause would stop the planner from inlining them).
DO $$
DECLARE
  f record;
BEGIN
  FOR f IN
    SELECT p.oid::regprocedure AS signature,
           p.prorettype = 'trigger'::regtype AS is_trigger,
           EXISTS (SELECT 1 FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a
                    WHERE a.grantee = 0 AND a.privilege_type = 'EXECUTE') AS public_may_execute
      FROM pg_proc p
      JOIN pg_namespace n ON n.oid = p.pronamespace
     WHERE n.nspname = 'public' AND p.prosecdef
  LOOP
    EXECUTE format('ALTER FUNCTION %s SET search_path = public, pg_temp', f.signature);
    IF f.public_may_execute AND NOT f.is_trigger THEN
      EXECUTE format('GRANT EXECUTE ON FUNCTION %s TO lantern_app', f.signature);
    END IF;
    EXECUTE format('REVOKE EXECUTE ON FUNCTION %s FROM PUBLIC', f.signature);
  END LOOP;
END $$;

CREATE OR REPLACE FUNCTION lantern_group_managed(group_id uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT lantern_has_permission('group.manage') AND EXISTS (
      SELECT 1 FROM public.self_help_groups g WHERE g.id = group_id AND g.agency_id = lantern_current_agency())
  $$;

CREATE OR REPLACE FUNCTION lantern_training_managed(event uuid) RETURNS boolean
  LANGUAGE sql STABLE AS $$
    SELECT lantern_has_permission('training.manage') AND EXISTS (
      SELECT 1 FROM public.training_events e WHERE e.id = event AND e.agency_id = lantern_current_agency())
  $$;

CREATE OR REPLACE FUNCTION lantern_note_statistics_change() RETURNS trigger
  LANGUAGE plpgsql AS $$
  BEGIN
    PERFORM nextval('public.statistics_changes');
    RETURN NULL;
  END $$;
