-- Issue #16, scale: the send's addition to case_reach (0050) asked the rule about the pairs of the statement's
-- transition table in one join. The planner knows nothing of a transition table's rows, so it joined the whole
-- rule (every open referral of the country) to them: 435 ms for one referral at 1,000,000 persons, the whole
-- of the send's time. Asked one pair at a time, the rule is a few index probes (under a millisecond).
CREATE OR REPLACE FUNCTION lantern_case_reach_add_referrals() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  DECLARE
    sent record;
  BEGIN
    PERFORM lantern_lock_case_reach(ARRAY(SELECT changed.case_id FROM changed));
    FOR sent IN SELECT DISTINCT changed.case_id, changed.to_agency_id FROM changed
                 WHERE changed.case_id IS NOT NULL AND changed.to_agency_id IS NOT NULL LOOP
      INSERT INTO case_reach (case_id, agency_id)
      SELECT sent.case_id, sent.to_agency_id
       WHERE EXISTS (SELECT 1 FROM case_reach_rule rule
                      WHERE rule.case_id = sent.case_id AND rule.agency_id = sent.to_agency_id)
      ON CONFLICT DO NOTHING;
    END LOOP;
    RETURN NULL;
  END
  $$;
