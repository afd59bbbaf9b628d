import { languages } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import type { LanguagesResponse } from './schemas';

/** Lantern's languages by ISO 639-3 code, named and sorted in the caller's language. */
export function listLanguages(ctx: RequestContext): LanguagesResponse {
  return {
    languages: languages(ctx.locale).map((language) => ({
      code: language.code,
      iso6391: language.iso6391,
      iso6392B: language.iso6392B,
      name: language.name,
    })),
  };
}
