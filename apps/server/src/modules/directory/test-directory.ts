import { expect } from 'vitest';
import type { TestApp, TestClient } from '../../test-support/test-app';

/** A whole entry as the form sends it; tests change only what they are about. */
export const entry = (change: Record<string, unknown> = {}) => ({
  provinceCodes: [],
  sexes: [],
  minAge: null,
  maxAge: null,
  acceptsForeigners: true,
  capacityTotal: null,
  capacityFree: null,
  hours: 'Thứ 2–6, 7:30–17:00',
  languages: [],
  contactPhone: '0238 3 123 456',
  contactEmail: null,
  ...change,
});

export async function publish(client: TestClient, serviceCode: string, body: Record<string, unknown>) {
  const response = await client.request('PUT', `/api/directory/services/${serviceCode}`, body);
  expect(response.status, JSON.stringify(response.json)).toBe(200);
  return response.json;
}

export const fieldErrors = (json: { error: { details?: Array<{ field: string; code: string }> } }) =>
  (json.error.details ?? []).map(({ field, code }) => ({ field, code }));

export async function auditEvents(t: TestApp, action: string) {
  return (
    await t.testDb.asOwner((owner) =>
      owner.query<{ actor_user_id: string; resource_id: string; details: Record<string, unknown> }>(
        'select actor_user_id, resource_id, details from audit_events where action = $1 order by seq',
        [action],
      ),
    )
  ).rows;
}
