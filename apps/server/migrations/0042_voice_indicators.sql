-- Issue #20 (survivor voice) joins the programme catalogue: feedback responses and satisfaction, complaints and
-- whether they were answered on time, by province and type of the agency, by period.
--
-- NATIONAL ONLY. These subjects have no _own view, on purpose: an agency's own count of one month's feedback, or
-- of the complaints about it, is a count of a handful of people it knows, and could single out the survivor who
-- answered or complained (docs/decisions/0007). The only way to them is the national view, gated on
-- stats.read_aggregate like every *_facts_national view, which the application answers only through the
-- suppression rule (k = 11). Owned by the schema owner, so the rows are read past the tables' row-level security
-- (feedback is readable only by its agency's reviewers, complaints only by their handlers); the views carry no
-- agency, no row id, no answer and no text — only what the indicators count.
--
-- "Satisfied" is the domain's isSatisfied (packages/domain/src/survivor-voice): the answered scored questions
-- (respect, safety, helped; yes 1, partly 0.5, no 0) average at least 0.75; null when none of them was answered
-- (declined, unknown or skipped). Exact in numeric. A new version of the feedback instrument that changes its
-- scored questions changes this function too (its test compares the two on random answers).
CREATE FUNCTION lantern_feedback_satisfied(answers jsonb) RETURNS boolean
  LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
    SELECT avg(CASE answers ->> question WHEN 'yes' THEN 1.0 WHEN 'partly' THEN 0.5 WHEN 'no' THEN 0.0 END) >= 0.75
    FROM unnest(ARRAY['respect', 'safety', 'helped']) AS question
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_feedback_satisfied(jsonb) TO lantern_app;
--> statement-breakpoint
-- A feedback row stores the month only (never a day): the month is its event.
CREATE VIEW indicator_feedback_facts_national AS
  SELECT r.period_month AS answered_month, a.province_code, a.type_code AS agency_type,
    lantern_feedback_satisfied(r.answers) AS satisfied
  FROM feedback_responses r
  JOIN agencies a ON a.id = r.agency_id
  WHERE (SELECT lantern_has_permission('stats.read_aggregate'));
--> statement-breakpoint
-- A complaint is placed at the agency it is about (never the one handling it), on the day it was received.
CREATE VIEW indicator_complaint_facts_national AS
  SELECT (c.received_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS received_on, c.due_on,
    (c.responded_at AT TIME ZONE 'Asia/Ho_Chi_Minh')::date AS responded_on, c.status, c.category,
    a.province_code, a.type_code AS agency_type
  FROM complaints c
  JOIN agencies a ON a.id = c.concerned_agency_id
  WHERE (SELECT lantern_has_permission('stats.read_aggregate'));
--> statement-breakpoint
GRANT SELECT ON TABLE indicator_feedback_facts_national, indicator_complaint_facts_national TO lantern_app;
--> statement-breakpoint
-- The national table cache (migration 0040) must hear of every write to a table these views read.
CREATE TRIGGER feedback_responses_statistics_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON feedback_responses FOR EACH STATEMENT EXECUTE FUNCTION lantern_note_statistics_change();
--> statement-breakpoint
CREATE TRIGGER complaints_statistics_change AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE
  ON complaints FOR EACH STATEMENT EXECUTE FUNCTION lantern_note_statistics_change();
