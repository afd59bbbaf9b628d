-- At national scale a common name and birth year share a blind-index key with hundreds of people. The cap on
-- candidates then kept an arbitrary few hundred; it now keeps those sharing the most keys with the search (a
-- phone, a document, the full date of birth, the commune), so the person being looked for is not crowded out
-- by namesakes.
CREATE OR REPLACE FUNCTION lantern_match_candidates(hashes text[], max_rows integer)
  RETURNS TABLE (person_id uuid, identity_sealed text, sex text, home_province_code text, owner_agency_id uuid,
                 case_id uuid, case_code text, case_province text)
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
  BEGIN
    IF NOT (lantern_has_permission('case.create') OR lantern_has_permission('case.read')) THEN
      RAISE EXCEPTION 'lantern: matching needs case.create or case.read' USING ERRCODE = '42501';
    END IF;
    RETURN QUERY
      SELECT p.id, p.identity_sealed, p.sex, p.home_province_code, p.owner_agency_id, c.id, c.code, c.province_code
      FROM (SELECT k.person_id, count(*) AS shared FROM person_match_keys k WHERE k.key_hash = ANY (hashes)
            GROUP BY k.person_id ORDER BY count(*) DESC, k.person_id LIMIT max_rows) m
      JOIN persons p ON p.id = m.person_id
      LEFT JOIN LATERAL (SELECT * FROM cases c WHERE c.person_id = p.id ORDER BY c.received_on DESC LIMIT 1) c ON true
      ORDER BY m.shared DESC;
  END $$;
