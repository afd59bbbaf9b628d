-- Sending a referral rewrote every row of the case in case_reach from the rule, reading all of the case's
-- referrals: a case referred again and again (the benchmark sends one case thousands of times) made each send
-- slower than the last. A new referral can only add reach — the rule is a union over referrals, and a row more
-- never removes an answer — so an insert now adds the (case, agency) pairs it brings when the rule holds for
-- them, asking the rule for that pair alone (one probe that stops at its first open, consented referral).
-- Changes that can take reach away (an answer, a withdrawal, a revoked share, a consent withdrawn, an agency's
-- type) still rewrite the case's rows as before. The per-case lock is taken the same way, so a send and a
-- withdrawal of the same case still follow one another.
-- The rule's two arms are now joined without removing duplicates (UNION ALL), so that a question about one pair
-- stops at its first answer; the rewrite below removes duplicates itself.
CREATE OR REPLACE VIEW case_reach_rule AS
  SELECT r.case_id, r.to_agency_id AS agency_id FROM referrals r JOIN agencies a ON a.id = r.to_agency_id
  WHERE r.status IN ('sent', 'accepted', 'in_progress')
    AND (r.consent_overridden OR EXISTS (
      SELECT 1 FROM consents c
      WHERE c.case_id = r.case_id AND c.purpose = 'sharing' AND c.withdrawn_at IS NULL
        AND (r.to_agency_id = ANY (c.sharing_agency_ids) OR a.type_code = ANY (c.sharing_agency_types))))
  UNION ALL
  SELECT s.case_id, s.agency_id FROM case_shares s JOIN agencies a ON a.id = s.agency_id
  WHERE s.revoked_at IS NULL
    AND EXISTS (
      SELECT 1 FROM consents c
      WHERE c.case_id = s.case_id AND c.purpose = 'sharing' AND c.withdrawn_at IS NULL
        AND (s.agency_id = ANY (c.sharing_agency_ids) OR a.type_code = ANY (c.sharing_agency_types)));
--> statement-breakpoint
-- The per-case lock of every case_reach change, stated once (it was written out inside the rewrite): a
-- transaction lock on each case id, taken in a fixed order so two changes cannot wait on each other.
CREATE FUNCTION lantern_lock_case_reach(for_cases uuid[]) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  DECLARE
    lock_key integer;
  BEGIN
    FOR lock_key IN SELECT DISTINCT hashtext(c::text) FROM unnest(for_cases) AS c WHERE c IS NOT NULL ORDER BY 1 LOOP
      PERFORM pg_advisory_xact_lock(1667331432, lock_key);
    END LOOP;
  END
  $$;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION lantern_refresh_case_reach(for_cases uuid[]) RETURNS void
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    PERFORM lantern_lock_case_reach(for_cases);
    DELETE FROM case_reach WHERE case_id = ANY (for_cases);
    INSERT INTO case_reach (case_id, agency_id)
    SELECT DISTINCT rule.case_id, rule.agency_id FROM case_reach_rule rule WHERE rule.case_id = ANY (for_cases);
  END
  $$;
--> statement-breakpoint
CREATE FUNCTION lantern_case_reach_add_referrals() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    PERFORM lantern_lock_case_reach(ARRAY(SELECT changed.case_id FROM changed));
    INSERT INTO case_reach (case_id, agency_id)
    SELECT sent.case_id, sent.to_agency_id
      FROM (SELECT DISTINCT changed.case_id, changed.to_agency_id FROM changed
            WHERE changed.case_id IS NOT NULL AND changed.to_agency_id IS NOT NULL) sent
     WHERE EXISTS (SELECT 1 FROM case_reach_rule rule
                    WHERE rule.case_id = sent.case_id AND rule.agency_id = sent.to_agency_id)
    ON CONFLICT DO NOTHING;
    RETURN NULL;
  END
  $$;
--> statement-breakpoint
DROP TRIGGER referrals_reach_insert ON referrals;
--> statement-breakpoint
CREATE TRIGGER referrals_reach_insert AFTER INSERT ON referrals
  REFERENCING NEW TABLE AS changed FOR EACH STATEMENT EXECUTE FUNCTION lantern_case_reach_add_referrals();
