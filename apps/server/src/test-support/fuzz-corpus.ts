/**
 * The malformed-input corpus: for every operation of the OpenAPI document, a request built from the
 * operation's own schemas with one part broken at a time — wrong types, missing fields, NUL, lone
 * surrogates, 1 MB strings, deep nesting, prototype keys, impossible dates, negative and huge numbers.
 * Deterministic: the same seed gives the same requests. `quick` breaks each part with a seeded sample of
 * the values (CI), `full` with every value (the benchmark run).
 */

import { BODY_VALUES, PARAMETER_VALUES, WHOLE_BODIES } from './fuzz-values';

export interface FuzzRequest {
  method: string;
  /** The operation's path template ("/api/cases/{id}"), to group and report by. */
  operation: string;
  url: string;
  /** Raw JSON text (so prototype keys and lone surrogates go out exactly as written), or undefined. */
  body?: string;
  label: string;
}

type Schema = Record<string, unknown> & {
  type?: string | string[];
  properties?: Record<string, Schema>;
  items?: Schema;
  required?: string[];
  enum?: unknown[];
  anyOf?: Schema[];
  oneOf?: Schema[];
  allOf?: Schema[];
  $ref?: string;
};
interface Parameter {
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
}
interface Operation {
  parameters?: Parameter[];
  requestBody?: { content?: Record<string, { schema?: Schema }> };
}
export interface OpenApiDocument {
  paths: Record<string, Record<string, Operation>>;
  components?: { schemas?: Record<string, Schema> };
}

/** A small seeded generator (mulberry32), so a failure reproduces. */
export function seededRandom(seed: number) {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function resolve(schema: Schema | undefined, doc: OpenApiDocument): Schema {
  if (!schema) return {};
  if (schema.$ref) return resolve(doc.components?.schemas?.[schema.$ref.split('/').at(-1) ?? ''], doc);
  const variant = schema.anyOf ?? schema.oneOf;
  if (variant?.length) return resolve(variant.find((s) => s.type !== 'null') ?? variant[0], doc);
  if (schema.allOf?.length) return Object.assign({}, ...schema.allOf.map((s) => resolve(s, doc)));
  return schema;
}

/** A plausible value for a schema: enough to get past the validator, so broken parts reach deeper code. */
export function sampleValue(raw: Schema | undefined, doc: OpenApiDocument, depth = 0): unknown {
  const schema = resolve(raw, doc);
  if (schema.enum?.length) return schema.enum[0];
  if ('const' in schema) return schema.const;
  if (schema.example !== undefined) return schema.example;
  if (schema.default !== undefined && depth > 0) return schema.default;
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'object' || schema.properties) {
    if (depth > 6) return {};
    return Object.fromEntries(
      Object.entries(schema.properties ?? {}).map(([key, child]) => [
        key,
        sampleValue(child, doc, depth + 1),
      ]),
    );
  }
  if (type === 'array') return depth > 6 ? [] : [sampleValue(schema.items, doc, depth + 1)];
  if (type === 'integer' || type === 'number') {
    const minimum = Number(schema.minimum ?? (schema.exclusiveMinimum as number | undefined) ?? 0);
    return type === 'integer' ? Math.ceil(minimum) + 1 : minimum + 1;
  }
  if (type === 'boolean') return false;
  switch (schema.format) {
    case 'date':
      return '2026-11-20';
    case 'date-time':
      return '2026-11-20T08:00:00.000Z';
    case 'uuid':
      return '01a221cd-0000-7000-8000-000000000000';
    case 'email':
      return 'officer@example.org';
  }
  const minLength = Number(schema.minLength ?? 1);
  return 'fuzz'.padEnd(Math.max(minLength, 4), 'z').slice(0, Number(schema.maxLength ?? 64));
}

/** Every path to a property or array item of a sampled value, objects and leaves alike. */
export function valuePaths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return prefix.length ? [prefix] : [];
  const children = Array.isArray(value)
    ? value.map((item, i) => valuePaths(item, [...prefix, i]))
    : Object.entries(value).map(([key, item]) => valuePaths(item, [...prefix, key]));
  return [...(prefix.length ? [prefix] : []), ...children.flat()];
}

const MARK = '\u0001FUZZ\u0001';
const ALWAYS = new Set(['nul', 'surrogateBytes']);
const ALWAYS_IN_TEXT = ['nul', 'loneHighSurrogate'];
const TEXT_BREAKAGE = new Set([
  'nul',
  'nulOnly',
  'loneHighSurrogate',
  'loneLowSurrogate',
  'megabyte',
  'impossibleDate',
]);
const valueAt = (value: unknown, path: (string | number)[]) =>
  path.reduce<unknown>((v, key) => (v as Record<string | number, unknown>)?.[key], value);

/** The sampled body as JSON text with the value at `path` replaced by raw text, or left out. */
export function bodyWith(base: unknown, path: (string | number)[], raw: string | undefined): string {
  const copy = structuredClone(base) as Record<string | number, unknown>;
  let parent = copy;
  for (const key of path.slice(0, -1)) parent = parent[key] as Record<string | number, unknown>;
  const last = path.at(-1) as string | number;
  if (raw === undefined) {
    if (Array.isArray(parent)) parent.splice(Number(last), 1);
    else delete parent[last];
    return JSON.stringify(copy);
  }
  parent[last] = MARK;
  return JSON.stringify(copy).replace(JSON.stringify(MARK), () => raw);
}

export interface CorpusOptions {
  mode: 'quick' | 'full';
  seed: number;
  /** A real value for a path parameter (a record the fuzzing user can reach), else a sampled one. */
  pathValue?: (operation: string, name: string) => string | undefined;
  /** Known-good bodies by "METHOD /path", so broken parts get past the other fields' checks. */
  bodies?: Record<string, unknown>;
}

function pick<T>(values: T[], count: number, random: () => number): T[] {
  const pool = [...values];
  const chosen: T[] = [];
  while (chosen.length < count && pool.length > 0)
    chosen.push(...pool.splice(Math.floor(random() * pool.length), 1));
  return chosen;
}

/** The fuzz requests of one operation. */
export function operationCorpus(
  doc: OpenApiDocument,
  template: string,
  method: string,
  options: CorpusOptions,
  random: () => number,
): FuzzRequest[] {
  const operation = doc.paths[template]?.[method] ?? {};
  const full = options.mode === 'full';
  const parameters = operation.parameters ?? [];
  const pathParams = parameters.filter((p) => p.in === 'path');
  const queryParams = parameters.filter((p) => p.in === 'query');
  const pathFor = (override?: [string, string]) =>
    template.replace(/\{(\w+)\}/g, (_m, name: string) => {
      if (override?.[0] === name) return override[1];
      const param = pathParams.find((p) => p.name === name);
      return encodeURIComponent(
        options.pathValue?.(template, name) ?? String(sampleValue(param?.schema, doc)),
      );
    });
  const baseQuery = queryParams
    .filter((p) => p.required)
    .map((p) => `${p.name}=${encodeURIComponent(String(sampleValue(p.schema, doc)))}`);
  const jsonSchema = operation.requestBody?.content?.['application/json']?.schema;
  const key = `${method.toUpperCase()} ${template}`;
  const baseBody = jsonSchema ? (options.bodies?.[key] ?? sampleValue(jsonSchema, doc)) : undefined;
  const request = (label: string, url: string, body?: string): FuzzRequest => ({
    method: method.toUpperCase(),
    operation: template,
    url,
    label,
    ...(body !== undefined ? { body } : {}),
  });
  const withQuery = (extra: string[] = []) => {
    const query = [...baseQuery, ...extra].join('&');
    return `${pathFor()}${query ? `?${query}` : ''}`;
  };
  const baseBodyText = baseBody === undefined ? undefined : JSON.stringify(baseBody);
  const requests: FuzzRequest[] = [request('as sampled', withQuery(), baseBodyText)];

  const parameterValues = Object.entries(PARAMETER_VALUES);
  // Quick: NUL and broken UTF-8 on every parameter (what reaches PostgreSQL), two other values drawn by the seed.
  const parameterSample = () =>
    full
      ? parameterValues
      : [
          ...parameterValues.filter(([name]) => ALWAYS.has(name)),
          ...pick(
            parameterValues.filter(([name]) => !ALWAYS.has(name)),
            2,
            random,
          ),
        ];
  for (const param of pathParams) {
    for (const [name, value] of parameterSample())
      requests.push(request(`path ${param.name}=${name}`, `${pathFor([param.name, value])}`, baseBodyText));
  }
  for (const param of queryParams) {
    for (const [name, value] of parameterSample())
      requests.push(
        request(`query ${param.name}=${name}`, withQuery([`${param.name}=${value}`]), baseBodyText),
      );
    requests.push(request(`query ${param.name} twice`, withQuery([`${param.name}=a`, `${param.name}=b`])));
  }
  requests.push(request('query key with NUL', withQuery(['a%00=1'])));
  requests.push(request('query __proto__', withQuery(['__proto__=1', 'constructor=1'])));

  if (baseBody !== undefined) {
    for (const [name, text] of Object.entries(WHOLE_BODIES))
      requests.push(request(`body ${name}`, withQuery(), text));
    const paths = valuePaths(baseBody);
    const bodyValues = Object.entries(BODY_VALUES);
    if (full) {
      for (const path of paths) {
        requests.push(request(`${path.join('.')} missing`, withQuery(), bodyWith(baseBody, path, undefined)));
        for (const [name, raw] of bodyValues)
          requests.push(request(`${path.join('.')}=${name}`, withQuery(), bodyWith(baseBody, path, raw)));
      }
    } else if (paths.length > 0) {
      // NUL and a lone surrogate in every text field (they get past the validators); every other kind of
      // breakage once, on a field drawn by the seed (text breakage on a text field); one field left out.
      const textPaths = paths.filter((path) => typeof valueAt(baseBody, path) === 'string');
      for (const path of textPaths)
        for (const name of ALWAYS_IN_TEXT)
          requests.push(
            request(
              `${path.join('.')}=${name}`,
              withQuery(),
              bodyWith(baseBody, path, BODY_VALUES[name] as string),
            ),
          );
      for (const [name, raw] of bodyValues) {
        if (ALWAYS_IN_TEXT.includes(name) && textPaths.length > 0) continue;
        const from = TEXT_BREAKAGE.has(name) && textPaths.length > 0 ? textPaths : paths;
        const path = from[Math.floor(random() * from.length)] as (string | number)[];
        requests.push(request(`${path.join('.')}=${name}`, withQuery(), bodyWith(baseBody, path, raw)));
      }
      const missing = paths[Math.floor(random() * paths.length)] as (string | number)[];
      requests.push(
        request(`${missing.join('.')} missing`, withQuery(), bodyWith(baseBody, missing, undefined)),
      );
    }
  }
  return requests;
}

/** Every operation of the document, in document order, each with its requests. */
export function fuzzCorpus(doc: OpenApiDocument, options: CorpusOptions): FuzzRequest[] {
  const random = seededRandom(options.seed);
  return Object.entries(doc.paths).flatMap(([template, operations]) =>
    Object.keys(operations).flatMap((method) => operationCorpus(doc, template, method, options, random)),
  );
}
