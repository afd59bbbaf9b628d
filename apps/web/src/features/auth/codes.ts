/** "JBSW Y3DP EHPK 3PXP": groups of four are easier to type into an authenticator app by hand. */
export function groupSecret(secret: string): string {
  return (secret.replace(/\s/g, '').match(/.{1,4}/g) ?? []).join(' ');
}

/** What a person typed, without the spaces and dashes apps and printouts put in codes ("123 456"). */
export function normaliseCode(code: string): string {
  return code.replace(/[\s-]/g, '');
}

export function isTotpCode(code: string): boolean {
  return /^\d{6}$/.test(code);
}

/** Recovery codes are compared as typed, minus spaces; dashes are part of the code as printed. */
export function normaliseRecoveryCode(code: string): string {
  return code.replace(/\s/g, '');
}

export function isRecoveryCode(code: string): boolean {
  return /^[A-Za-z0-9-]{8,20}$/.test(code);
}

/** The text saved or printed with the recovery codes: what they are for, then one code a line. */
export function recoveryCodesText(codes: readonly string[], heading: string): string {
  return `${heading}\n\n${codes.map((code, index) => `${String(index + 1).padStart(2, ' ')}. ${code}`).join('\n')}\n`;
}
