-- The audit ledger without a global lock. A request appends its event in its own transaction with a number from a
-- sequence (no shared row is locked) and queues it for sealing; the sealer, after commit, links queued events into
-- the hash chain in an order only it decides and closes each run as a block whose head it seals with a key held
-- outside the database (see audit/sealer.ts and docs/SECURITY.md, "Audit trail").
CREATE SEQUENCE audit_events_seq_seq AS bigint OWNED BY audit_events.seq;
--> statement-breakpoint
SELECT setval('audit_events_seq_seq', coalesce((SELECT max(seq) FROM audit_events), 0) + 1, false);
--> statement-breakpoint
ALTER TABLE audit_events ALTER COLUMN seq SET DEFAULT nextval('audit_events_seq_seq');
--> statement-breakpoint
-- Events written before the ledger carry their chain link in the row; new events carry it in audit_chain.
ALTER TABLE audit_events ALTER COLUMN prev_hash DROP NOT NULL;
--> statement-breakpoint
ALTER TABLE audit_events ALTER COLUMN hash DROP NOT NULL;
--> statement-breakpoint
-- Committed events not yet in the chain. A queue: the sealer deletes a row in the transaction that chains its event.
CREATE TABLE audit_pending_seal (
  event_id uuid PRIMARY KEY
);
--> statement-breakpoint
-- The chain: one link per event, in the order the sealer chose. hash = H(previous link's hash, the event as stored).
CREATE TABLE audit_chain (
  position bigint PRIMARY KEY,
  event_id uuid NOT NULL UNIQUE,
  hash text NOT NULL
);
--> statement-breakpoint
-- One block per sealing run: the links first_position..last_position, the chain hash at the last one, and a MAC
-- over that head and the previous block's MAC under a key derived from the installation's data keys (so a
-- rewritten history cannot be re-sealed by someone holding only the database).
CREATE TABLE audit_blocks (
  block bigint PRIMARY KEY,
  first_position bigint NOT NULL,
  last_position bigint NOT NULL,
  head_hash text NOT NULL,
  prev_mac text NOT NULL,
  mac text NOT NULL,
  sealed_at timestamptz NOT NULL DEFAULT now()
);
--> statement-breakpoint
-- The chain written so far becomes its first links, unchanged; the first block the sealer closes covers them.
INSERT INTO audit_chain (position, event_id, hash) SELECT seq, id, hash FROM audit_events ORDER BY seq;
--> statement-breakpoint
CREATE TRIGGER audit_chain_append_only BEFORE UPDATE OR DELETE ON audit_chain
  FOR EACH ROW EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_chain_no_truncate BEFORE TRUNCATE ON audit_chain
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_blocks_append_only BEFORE UPDATE OR DELETE ON audit_blocks
  FOR EACH ROW EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
CREATE TRIGGER audit_blocks_no_truncate BEFORE TRUNCATE ON audit_blocks
  FOR EACH STATEMENT EXECUTE FUNCTION lantern_audit_append_only();
--> statement-breakpoint
-- audit_chain_head now belongs to the sealer alone: the last sealed position and its hash. Its row lock
-- serialises sealers (the server's and a cron's), never requests.
COMMENT ON TABLE audit_chain_head IS 'The sealer''s head: last chained position (seq) and its hash; locked only by sealers';
--> statement-breakpoint
GRANT USAGE ON SEQUENCE audit_events_seq_seq TO lantern_app;
--> statement-breakpoint
-- The sealer runs as the request role when the server has no owner connection (PostgreSQL without
-- DATABASE_OWNER_URL); it reads events through the audit.read policy.
GRANT SELECT, INSERT, DELETE ON TABLE audit_pending_seal TO lantern_app;
--> statement-breakpoint
GRANT SELECT, INSERT ON TABLE audit_chain, audit_blocks TO lantern_app;
