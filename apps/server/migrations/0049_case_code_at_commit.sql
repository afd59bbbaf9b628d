-- Registration draws its case code as its last statement. The province-year counter row is locked from the draw
-- until commit, so every registration in a province waits for that span; drawn inside the case insert (0007),
-- the span covered the consents, the timeline, the audit events, the hand-offs and the re-read of the case.
-- Until the draw, the new case carries a placeholder ('pending-' and its id) that no other transaction can see:
-- the row is not committed, and only this function replaces the placeholder, in the registering transaction.
CREATE FUNCTION lantern_assign_case_code(for_case uuid, for_year integer) RETURNS text
  LANGUAGE plpgsql VOLATILE SECURITY DEFINER SET search_path = public AS $$
  DECLARE assigned text;
  BEGIN
    IF NOT lantern_has_permission('case.create') THEN
      RAISE EXCEPTION 'lantern: case codes need case.create' USING ERRCODE = '42501';
    END IF;
    UPDATE cases SET code = lantern_next_case_code(province_code, for_year)
     WHERE id = for_case AND code = 'pending-' || for_case::text AND created_by = lantern_current_actor()
     RETURNING code INTO assigned;
    IF assigned IS NULL THEN
      RAISE EXCEPTION 'lantern: case % is not waiting for a code', for_case USING ERRCODE = 'P0002';
    END IF;
    RETURN assigned;
  END $$;
--> statement-breakpoint
GRANT EXECUTE ON FUNCTION lantern_assign_case_code(uuid, integer) TO lantern_app;
