CREATE TABLE "data_keys" (
	"id" text PRIMARY KEY NOT NULL,
	"purpose" text NOT NULL,
	"wrapped" text NOT NULL,
	"active" boolean DEFAULT true NOT NULL,
	"created_at" timestamp (3) with time zone DEFAULT now() NOT NULL,
	"rewrapped_at" timestamp (3) with time zone
);
--> statement-breakpoint
-- The request role may read the wrapped keys (useless without the master key) so that a server without an
-- owner connection can start; only the owner creates or re-wraps them, with an audit event.
GRANT SELECT ON TABLE data_keys TO lantern_app;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER data_keys_audited AFTER INSERT OR UPDATE OR DELETE ON data_keys
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
