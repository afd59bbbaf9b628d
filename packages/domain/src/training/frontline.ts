/**
 * Participant roles that count as "frontline staff" for the programme's trained-staff indicator: the people
 * who meet a possible victim first (police, border guards, social workers, health workers, one-stop offices,
 * commune officials, legal aid). Managers and trainers are trained too but are not frontline.
 */
export const frontlineTrainingRoles = [
  'vn.Police',
  'vn.BorderGuard',
  'vn.SocialWorker',
  'vn.HealthWorker',
  'vn.OneStopOfficer',
  'vn.CommuneOfficial',
  'vn.LegalAidOfficer',
] as const;

export function isFrontlineRole(role: string): boolean {
  return (frontlineTrainingRoles as readonly string[]).includes(role);
}

/** How many people one participant line may stand for; a larger training is recorded line by line. */
export const MAX_PARTICIPANTS_PER_LINE = 500;
