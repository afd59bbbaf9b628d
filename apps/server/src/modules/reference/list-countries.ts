import { countries } from '@lantern/domain';
import type { RequestContext } from '../../context/request-context';
import type { CountriesResponse } from './schemas';

/** ISO 3166-1 countries by alpha-3 code, named and sorted in the caller's language. */
export function listCountries(ctx: RequestContext): CountriesResponse {
  return {
    countries: countries(ctx.locale).map((country) => ({
      code: country.alpha3,
      alpha2: country.alpha2,
      name: country.name,
    })),
  };
}
