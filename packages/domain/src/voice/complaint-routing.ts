/**
 * Who handles a survivor's complaint (issue #20). A complaint about how an agency treated someone must never
 * be handled by that agency: the routing only ever picks a complaints officer of another agency, and prefers
 * the level that oversees the agency concerned — the provincial Department that took over the social
 * protection work of DOLISA in the same province, then any other agency of that province, then a ministry,
 * then anyone else outside the agency concerned.
 */
export interface ComplaintOfficer {
  userId: string;
  agencyId: string;
  agencyTypeCode: string;
  provinceCode: string;
  /** Complaints the officer has that are not closed yet: work is spread among officers of the same tier. */
  openComplaints: number;
}

export interface ConcernedAgency {
  id: string;
  provinceCode: string;
}

/** Agency types whose officers oversee other agencies of their province (the former DOLISA level). */
export const overseeingAgencyTypes: readonly string[] = ['provincial_health_social_protection'];

function tier(officer: ComplaintOfficer, concerned: ConcernedAgency): number {
  const sameProvince = officer.provinceCode === concerned.provinceCode;
  if (sameProvince && overseeingAgencyTypes.includes(officer.agencyTypeCode)) return 0;
  if (sameProvince) return 1;
  if (officer.agencyTypeCode === 'ministry') return 2;
  return 3;
}

/**
 * The officer a complaint goes to, or undefined when no officer works outside the agency concerned (the
 * complaint then waits, unassigned, for an officer of another agency to be designated).
 */
export function routeComplaint(
  concerned: ConcernedAgency,
  officers: readonly ComplaintOfficer[],
): ComplaintOfficer | undefined {
  const eligible = officers.filter((officer) => officer.agencyId !== concerned.id);
  return [...eligible].sort(
    (a, b) =>
      tier(a, concerned) - tier(b, concerned) ||
      a.openComplaints - b.openComplaints ||
      a.userId.localeCompare(b.userId),
  )[0];
}
