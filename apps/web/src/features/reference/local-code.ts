// Local values get a code records will hold ("local.Shopee"). Administrators may type it, but it is
// suggested from the English name so that nobody has to invent one.

export const LOCAL_PREFIX = 'local.';
const CODE_NAME = /^[A-Za-z][A-Za-z0-9_-]*$/;
const MAX_NAME = 40;

/** "Shopee live-stream" → "ShopeeLiveStream": plain letters and digits, starting with a letter. */
export function suggestCodeName(label: string): string {
  const words = label
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .split(/[^A-Za-z0-9]+/)
    .filter((word) => word.length > 0);
  const name = words.map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join('');
  return name.replace(/^[^A-Za-z]+/, '').slice(0, MAX_NAME);
}

/** Whether the part after "local." is a name the server accepts. */
export function isCodeName(name: string): boolean {
  return name.length <= MAX_NAME && CODE_NAME.test(name);
}
