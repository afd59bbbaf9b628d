-- Who may see a case, asked by row-level security for every case row a request reads, and through the cases
-- policy for every consent, note, attachment, plan row… of a case reached by a share or a referral. Until now
-- the rule called four more SECURITY DEFINER functions (province, share, referral, consent), each a separate
-- executor start with its own search_path switch: about 0.3 ms per row for a case reached by a referral, which
-- made an agency with a thousand open incoming referrals pay a third of a second on every case list. The same
-- rule is written here as one PL/pgSQL function whose statements are planned once per session and which
-- returns at the first arm that holds (own agency first, as most rows are), with the consent check written
-- inline. Nothing about who sees what changes; access/case-scope-matrix.int.test.ts holds both walls to it.
CREATE OR REPLACE FUNCTION lantern_case_visible(owner uuid, province text, creator uuid, case_id uuid) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
  DECLARE
    agency uuid := lantern_current_agency();
  BEGIN
    IF owner = agency AND lantern_has_permission('case.read') THEN
      RETURN true;
    END IF;
    IF creator = lantern_current_actor() AND lantern_has_permission('case.create') THEN
      RETURN true;
    END IF;
    IF lantern_has_permission('case.read_province')
       AND province = (SELECT a.province_code FROM agencies a WHERE a.id = agency) THEN
      RETURN true;
    END IF;
    IF lantern_has_permission('case.read') THEN
      -- An open referral to the agency, within a live sharing consent naming the agency or its type (or sent
      -- under an audited override).
      IF EXISTS (
        SELECT 1 FROM referrals r JOIN agencies a ON a.id = r.to_agency_id
        WHERE r.case_id = lantern_case_visible.case_id AND r.to_agency_id = agency
          AND r.status IN ('sent', 'accepted', 'in_progress')
          AND (r.consent_overridden OR EXISTS (
            SELECT 1 FROM consents c
            WHERE c.case_id = r.case_id AND c.purpose = 'sharing' AND c.withdrawn_at IS NULL
              AND (r.to_agency_id = ANY (c.sharing_agency_ids) OR a.type_code = ANY (c.sharing_agency_types))))) THEN
        RETURN true;
      END IF;
      -- A live share to the agency, within the same consent.
      IF EXISTS (
        SELECT 1 FROM case_shares s JOIN agencies a ON a.id = s.agency_id
        WHERE s.case_id = lantern_case_visible.case_id AND s.agency_id = agency AND s.revoked_at IS NULL
          AND EXISTS (
            SELECT 1 FROM consents c
            WHERE c.case_id = s.case_id AND c.purpose = 'sharing' AND c.withdrawn_at IS NULL
              AND (s.agency_id = ANY (c.sharing_agency_ids) OR a.type_code = ANY (c.sharing_agency_types)))) THEN
        RETURN true;
      END IF;
    END IF;
    RETURN EXISTS (
      SELECT 1 FROM access_grants g
      WHERE g.user_id = lantern_current_actor() AND g.resource_type = 'case'
        AND g.resource_id = lantern_case_visible.case_id AND g.expires_at > now());
  END
  $$;
--> statement-breakpoint
-- A section of a case (notes, attachments) for an agency that reaches the case only through referrals: only
-- when an open referral opened that section. Any other way in (own case, a share, break-the-glass) reads as
-- before. The same rule as migration 0020's, written the same way as lantern_case_visible above.
CREATE OR REPLACE FUNCTION lantern_case_section(for_case uuid, section text) RETURNS boolean
  LANGUAGE plpgsql STABLE SECURITY DEFINER SET search_path = public AS $$
  DECLARE
    agency uuid := lantern_current_agency();
    referred boolean := false;
    opened boolean := false;
  BEGIN
    SELECT count(*) > 0, coalesce(bool_or(section = ANY (r.sections)), false) INTO referred, opened
    FROM referrals r JOIN agencies a ON a.id = r.to_agency_id
    WHERE r.case_id = for_case AND r.to_agency_id = agency AND r.status IN ('sent', 'accepted', 'in_progress')
      AND (r.consent_overridden OR EXISTS (
        SELECT 1 FROM consents c
        WHERE c.case_id = r.case_id AND c.purpose = 'sharing' AND c.withdrawn_at IS NULL
          AND (r.to_agency_id = ANY (c.sharing_agency_ids) OR a.type_code = ANY (c.sharing_agency_types))));
    IF NOT referred OR opened THEN
      RETURN true;
    END IF;
    RETURN EXISTS (SELECT 1 FROM cases c WHERE c.id = for_case AND c.owner_agency_id = agency)
      OR EXISTS (
        SELECT 1 FROM case_shares s JOIN agencies a ON a.id = s.agency_id
        WHERE s.case_id = for_case AND s.agency_id = agency AND s.revoked_at IS NULL
          AND EXISTS (
            SELECT 1 FROM consents c
            WHERE c.case_id = s.case_id AND c.purpose = 'sharing' AND c.withdrawn_at IS NULL
              AND (s.agency_id = ANY (c.sharing_agency_ids) OR a.type_code = ANY (c.sharing_agency_types))))
      OR EXISTS (
        SELECT 1 FROM access_grants g
        WHERE g.user_id = lantern_current_actor() AND g.resource_type = 'case' AND g.resource_id = for_case
          AND g.expires_at > now());
  END
  $$;
--> statement-breakpoint
-- Nothing calls this any more: the two functions above state the referral rule themselves.
-- (lantern_sharing_consented stays, for the transfer take-over and the rare single-row checks.)
DROP FUNCTION lantern_referred(uuid, uuid);
