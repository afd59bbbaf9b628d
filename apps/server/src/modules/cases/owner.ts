import { sql } from 'drizzle-orm';
import { registerResourceOwner } from '../../access/resource-owners';
import { queryRows } from '../../db/query-rows';

// Break-the-glass finds the owning agency of a case the caller cannot see, through a function that tells
// nothing else (lantern_case_owner).
registerResourceOwner('case', async (tx, id) => {
  const [row] = await queryRows<{ owner: string | null }>(
    tx,
    sql`select lantern_case_owner(${id}::uuid) as owner`,
  );
  return row?.owner ?? null;
});
