import {
  findLanguage,
  isKnownCode,
  type ServiceMisfit,
  type ServiceSearch,
  type ServiceSearchQuery,
} from '@lantern/domain';
import { and, asc, desc, eq, getTableColumns, isNull, type SQL, sql } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { agencies, agencyServices } from '../../db/schema';
import { AppError, type FieldProblem } from '../../lib/errors';
import { checkPlace } from '../cases/check-case-input';
import { isServiceCode } from './check-service-input';
import { toServiceEntry } from './service-entry-view';
import { directoryReaders } from './who-reads';

const s = agencyServices;
const yes = sql<boolean>`true`;
/** Entries passing `test` first; PostgreSQL refuses a bare constant in ORDER BY, so a need not given adds none. */
const rankFirst = (test: SQL) => (test === yes ? [] : [desc(test)]);

function checkQuery(query: ServiceSearchQuery): FieldProblem[] {
  const invalid = (field: string): FieldProblem => ({ field, code: 'invalid_value', message: '' });
  return [
    ...(query.service && !isServiceCode(query.service) ? [invalid('service')] : []),
    ...(query.sex && !isKnownCode('gender', query.sex) ? [invalid('sex')] : []),
    ...(query.language && !findLanguage(query.language) ? [invalid('language')] : []),
    ...checkPlace({ province: 'province', commune: '' }, query.province),
  ];
}

/**
 * Each need as a SQL test of an entry, so the ranking, the page limit and the reasons shown come from one
 * statement. A need not given always fits. Empty lists on an entry mean "no restriction"; no provinces means
 * the agency's own province. Vietnamese is spoken everywhere, so only another language can be missing.
 */
function fitTests(query: ServiceSearchQuery) {
  const { province, age, sex, language } = query;
  return {
    area: province
      ? sql<boolean>`case when cardinality(${s.provinceCodes}) = 0 then ${agencies.provinceCode} = ${province}
          else ${province} = any(${s.provinceCodes}) end`
      : yes,
    age:
      age === undefined
        ? yes
        : sql<boolean>`(coalesce(${s.minAge}, 0) <= ${age} and coalesce(${s.maxAge}, 120) >= ${age})`,
    sex: sex ? sql<boolean>`(cardinality(${s.sexes}) = 0 or ${sex} = any(${s.sexes}))` : yes,
    nationality: query.foreign === 'true' ? sql<boolean>`${s.acceptsForeigners}` : yes,
    capacity: sql<boolean>`coalesce(${s.capacityFree}, 1) > 0`,
    language: language && language !== 'vie' ? sql<boolean>`${language} = any(${s.languages})` : yes,
  };
}

const misfitOf = {
  area: 'outside_area',
  age: 'age',
  sex: 'sex',
  nationality: 'nationality',
  capacity: 'no_capacity',
  language: 'language',
} as const satisfies Record<keyof ReturnType<typeof fitTests>, ServiceMisfit>;

/**
 * Who can provide a service to this person, here. Entries that do not fit are kept, flagged with why (a
 * shelter one province away with beds, or a full one nearby, is what a case worker weighs next), but rank
 * after the ones that fit: covering the person's province first, then eligible (age, sex, nationality), then
 * by room now (free places, most first; not counted; full), then speaking the person's language, then by name.
 */
export async function searchServices(ctx: RequestContext, query: ServiceSearchQuery): Promise<ServiceSearch> {
  authorize(ctx, ...directoryReaders);
  const problems = checkQuery(query);
  if (problems.length > 0) throw new AppError(400, 'validation', {}, problems);
  const fit = fitTests(query);
  const conditions: SQL[] = [isNull(agencies.disabledAt)];
  if (query.service) conditions.push(eq(s.serviceCode, query.service));
  const rows = await ctx.transaction((tx) =>
    tx
      .select({
        ...getTableColumns(s),
        agency: {
          id: agencies.id,
          name: agencies.name,
          typeCode: agencies.typeCode,
          provinceCode: agencies.provinceCode,
        },
        fits: {
          area: fit.area,
          age: fit.age,
          sex: fit.sex,
          nationality: fit.nationality,
          capacity: fit.capacity,
          language: fit.language,
        },
      })
      .from(s)
      .innerJoin(agencies, eq(agencies.id, s.agencyId))
      .where(and(...conditions))
      .orderBy(
        ...rankFirst(fit.area),
        ...rankFirst(sql`(${fit.age} and ${fit.sex} and ${fit.nationality})`),
        asc(sql`case when ${s.capacityFree} > 0 then 0 when ${s.capacityFree} is null then 1 else 2 end`),
        sql`${s.capacityFree} desc nulls last`,
        ...rankFirst(fit.language),
        asc(agencies.name),
        asc(s.serviceCode),
      )
      .limit(query.limit + 1),
  );
  const matches = rows.slice(0, query.limit).map(({ agency, fits, ...row }) => ({
    agency,
    service: toServiceEntry(row),
    misfits: (Object.keys(misfitOf) as Array<keyof typeof misfitOf>)
      .filter((need) => !fits[need])
      .map((need) => misfitOf[need]),
  }));
  return { matches, hasMore: rows.length > query.limit };
}
