CREATE TABLE "vocabulary_local_values" (
	"id" uuid PRIMARY KEY NOT NULL,
	"vocabulary_id" text NOT NULL,
	"code" text NOT NULL,
	"labels" jsonb NOT NULL,
	"description" jsonb,
	"htcds_export" text,
	"active" boolean DEFAULT true NOT NULL,
	"created_by" uuid NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "vocabulary_local_values_code_form" CHECK ("vocabulary_local_values"."code" ~ '^local\.[A-Za-z][A-Za-z0-9_-]*$'),
	CONSTRAINT "vocabulary_local_values_labels_complete" CHECK ("vocabulary_local_values"."labels" ?& array['vi', 'en', 'ar'])
);
--> statement-breakpoint
ALTER TABLE "vocabulary_local_values" ADD CONSTRAINT "vocabulary_local_values_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "vocabulary_local_values_code_key" ON "vocabulary_local_values" USING btree ("vocabulary_id",lower("code"));--> statement-breakpoint

-- Local vocabulary values: privileges, row-level security and the audit guard (written by hand).
-- Anyone may read them, like the built-in codes they extend (the reference API is public). Only a user
-- holding admin.vocabularies.manage may add one or change one, and nobody may delete one: a retired value
-- stays readable for the records that hold its code. A value's vocabulary and code never change, so the
-- request role may update only the other columns.
GRANT SELECT, INSERT ON TABLE vocabulary_local_values TO lantern_app;
--> statement-breakpoint
GRANT UPDATE (labels, description, htcds_export, active, updated_at) ON TABLE vocabulary_local_values TO lantern_app;
--> statement-breakpoint
ALTER TABLE vocabulary_local_values ENABLE ROW LEVEL SECURITY;
--> statement-breakpoint
CREATE POLICY vocabulary_local_values_read ON vocabulary_local_values FOR SELECT USING (true);
--> statement-breakpoint
CREATE POLICY vocabulary_local_values_add ON vocabulary_local_values FOR INSERT
  WITH CHECK (lantern_has_permission('admin.vocabularies.manage') AND created_by = lantern_current_actor());
--> statement-breakpoint
CREATE POLICY vocabulary_local_values_change ON vocabulary_local_values FOR UPDATE
  USING (lantern_has_permission('admin.vocabularies.manage'))
  WITH CHECK (lantern_has_permission('admin.vocabularies.manage'));
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER vocabulary_local_values_audited AFTER INSERT OR UPDATE OR DELETE ON vocabulary_local_values
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION lantern_require_audit();
