import type { TFunction } from 'i18next';

// Codes are data (roles and agency types can be added by administrators); a code our catalogue does not
// know yet shows the server's own label, then the code itself, never an empty cell.

export function roleLabel(t: TFunction, code: string, serverLabel?: string): string {
  return t(`roles.${code}`, { defaultValue: serverLabel ?? code });
}

export function agencyTypeLabel(t: TFunction, code: string, serverLabel?: string): string {
  return t(`agencyTypes.${code}`, { defaultValue: serverLabel ?? code });
}

export function permissionLabel(t: TFunction, code: string): string {
  return t(`permissions.${code.replaceAll('.', '_')}`, { defaultValue: code });
}
