// Picks Lantern's language list from the iso-639-3 package: every living language (individual or
// macrolanguage) that has an ISO 639-1 code, plus languages of Viet Nam's ethnic minorities that
// have none, because interpretation is a support regime and many victims speak them at home.
import { iso6393, iso6393To2B } from 'iso-639-3';

// ISO 639-3 code → the reference name the package must give it, to catch a mistyped code.
export const VIET_NAM_LANGUAGES = {
  bdq: 'Bahnar',
  cjm: 'Eastern Cham',
  hmn: 'Hmong',
  ium: 'Iu Mien',
  jra: 'Jarai',
  kpm: 'Koho',
  mtq: 'Muong',
  nut: 'Nung (Viet Nam)',
  rad: 'Rade',
  sed: 'Sedang',
  blt: 'Tai Dam',
  tyz: 'Tày',
  yue: 'Yue Chinese',
};

// Serbo-Croatian's ISO 639-1 code "sh" is deprecated, and browsers display it as "Serbian (Latin)";
// Serbian, Croatian and Bosnian are listed individually.
const EXCLUDED = { hbs: 'deprecated ISO 639-1 code sh' };

export function deriveLanguages() {
  const byCode = new Map(iso6393.map((language) => [language.iso6393, language]));
  for (const [code, expected] of Object.entries(VIET_NAM_LANGUAGES)) {
    const language = byCode.get(code);
    if (!language || language.name !== expected || language.type !== 'living') {
      throw new Error(
        `${code}: expected the living language "${expected}", found ${JSON.stringify(language)}`,
      );
    }
  }
  const chosen = iso6393.filter(
    (language) =>
      (language.iso6391 &&
        language.type === 'living' &&
        language.scope !== 'special' &&
        !(language.iso6393 in EXCLUDED)) ||
      language.iso6393 in VIET_NAM_LANGUAGES,
  );
  return {
    source:
      'iso-639-3 (npm, wooorm/iso-639-3, MIT), data from SIL International, the ISO 639-3 registration authority',
    rule: 'living languages with an ISO 639-1 code (except Serbo-Croatian, sh), plus the Viet Nam minority languages listed in scripts/reference-data/languages.mjs',
    columns: ['iso6393', 'iso6391', 'iso6392B', 'name'],
    languages: chosen
      .map((language) => [
        language.iso6393,
        language.iso6391 ?? null,
        iso6393To2B[language.iso6393] ?? null,
        language.name,
      ])
      .sort((a, b) => a[0].localeCompare(b[0])),
  };
}
