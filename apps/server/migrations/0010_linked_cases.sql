-- Records a supervisor linked as the same person (a merged duplicate pair): whoever may see one case learns the
-- code and province of the other, nothing more, so the agencies can coordinate instead of working twice.
CREATE FUNCTION lantern_linked_cases(person uuid) RETURNS TABLE (case_id uuid, code text, province_code text)
  LANGUAGE sql STABLE SECURITY DEFINER SET search_path = public AS $$
    SELECT c.id, c.code, c.province_code
      FROM duplicate_candidates d
      JOIN cases c ON c.person_id = CASE WHEN d.person_a = person THEN d.person_b ELSE d.person_a END
     WHERE d.status = 'merged' AND person IN (d.person_a, d.person_b)
     ORDER BY c.received_on
  $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_linked_cases(uuid) TO lantern_app;
