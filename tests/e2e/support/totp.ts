import { timeStep, totpAt } from '../../../apps/server/src/auth/totp';

/** The code an authenticator app shows for a secret as the enrolment page prints it (groups of four). */
export function totp(secret: string, at: Date = new Date()): string {
  return totpAt(secret.replace(/\s/g, ''), timeStep(at));
}
