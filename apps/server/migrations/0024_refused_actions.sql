-- Refused attempts (no permission, no consent for a share or referral) are kept in the audit trail with the
-- outcome 'refused' (audit/record-refusal.ts); auditors filter the trail by outcome. Few events are anything
-- but 'success', so a partial index answers "the newest refusals" without reading the whole trail.
CREATE INDEX audit_events_unsuccessful_idx ON audit_events (outcome, seq) WHERE outcome <> 'success';
