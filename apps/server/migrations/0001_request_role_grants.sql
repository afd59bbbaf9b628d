-- Requests run as lantern_app (see docs/SECURITY.md). The migration runner creates the role if it is missing.
-- Grants are written per table, by hand, so that every privilege the request role holds is reviewed here.
GRANT USAGE ON SCHEMA public TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON TABLE instance_settings TO lantern_app;
