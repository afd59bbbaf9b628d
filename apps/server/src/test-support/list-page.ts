import type { ListTotal } from '@lantern/domain';
import { expect } from 'vitest';
import type { TestClient } from './test-app';

/** One page of a paged list, read through the API as the client's user. */
export async function readListPage(
  client: TestClient,
  path: string,
): Promise<{ items: Array<{ id: string; code?: string }> } & ListTotal> {
  const { status, json } = await client.request('GET', path);
  expect(status, JSON.stringify(json)).toBe(200);
  return json;
}
