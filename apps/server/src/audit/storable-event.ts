import type { ChainedEvent } from './chained-event';

/**
 * PostgreSQL text holds neither NUL nor a lone UTF-16 surrogate: the driver turns a lone surrogate into
 * U+FFFD on the way in, jsonb refuses it outright, and NUL fails the insert. An event is hashed in the form
 * it will be stored in, so both become U+FFFD before hashing and inserting: the chain stays verifiable and
 * the trail still shows that something unrepresentable was sent.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

export function storableText(value: string): string {
  return value.replace(LONE_SURROGATE, '\ufffd').replaceAll('\u0000', '\ufffd');
}

function storableNullableText(value: string | null): string | null {
  return value === null ? null : storableText(value);
}

export type StorableDetails = Record<string, string | number | boolean | null>;

/**
 * Details are flat codes and counts by contract. A value that jsonb would store differently from what was
 * hashed is made to match first: a non-finite number becomes null (as JSON has it), an undefined value is
 * left out, and anything nested is kept as its JSON text, because jsonb reorders nested keys on its own.
 */
export function storableDetails(details: Record<string, unknown> | null | undefined): StorableDetails | null {
  if (details === null || details === undefined) return null;
  const stored: StorableDetails = {};
  for (const [key, value] of Object.entries(details)) {
    if (value === undefined) continue;
    stored[storableText(key)] = storableValue(value);
  }
  return stored;
}

function storableValue(value: unknown): string | number | boolean | null {
  if (value === null || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value === 'string') return storableText(value);
  if (typeof value === 'bigint') return value.toString();
  const json = JSON.stringify(value, (_key, inner) => (typeof inner === 'bigint' ? inner.toString() : inner));
  return storableText(json ?? 'null');
}

/** The event exactly as PostgreSQL will store it, which is the form its hash must cover. */
export function storableEvent(event: ChainedEvent): ChainedEvent {
  return {
    seq: event.seq,
    occurredAt: event.occurredAt,
    actorUserId: storableNullableText(event.actorUserId),
    actorAgencyId: storableNullableText(event.actorAgencyId),
    action: storableText(event.action),
    resourceType: storableNullableText(event.resourceType),
    resourceId: storableNullableText(event.resourceId),
    outcome: storableText(event.outcome),
    reason: storableNullableText(event.reason),
    ip: storableNullableText(event.ip),
    userAgent: storableNullableText(event.userAgent),
    requestId: storableNullableText(event.requestId),
    details: storableDetails(event.details),
  };
}
