import { agencySearchTexts, matchesEveryWord } from '@lantern/domain';
import { and, asc, eq, isNull } from 'drizzle-orm';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { agencies } from '../../db/schema';

export interface DirectoryEntry {
  id: string;
  name: string;
  typeCode: string;
  provinceCode: string;
}

/**
 * The agencies of the coordination mechanism, for choosing whom to share a case with or refer to: names,
 * types and provinces only (no people), active agencies only.
 */
export async function listDirectory(
  ctx: RequestContext,
  filter: { typeCode?: string | undefined; provinceCode?: string | undefined; q?: string | undefined },
): Promise<DirectoryEntry[]> {
  authorize(ctx, 'case.update', 'referral.create', 'case.read', 'training.manage');
  const conditions = [isNull(agencies.disabledAt)];
  if (filter.typeCode) conditions.push(eq(agencies.typeCode, filter.typeCode));
  if (filter.provinceCode) conditions.push(eq(agencies.provinceCode, filter.provinceCode));
  const rows = await ctx.transaction((tx) =>
    tx
      .select({
        id: agencies.id,
        name: agencies.name,
        typeCode: agencies.typeCode,
        provinceCode: agencies.provinceCode,
      })
      .from(agencies)
      .where(and(...conditions))
      .orderBy(asc(agencies.provinceCode), asc(agencies.name))
      .limit(2000),
  );
  // Words are matched here, not in SQL: each may sit in the name, in a type or province name in any of the
  // three languages (which live in the domain package), and the list is short (at most 2,000 agencies).
  const q = filter.q;
  return q ? rows.filter((row) => matchesEveryWord(q, agencySearchTexts(row))) : rows;
}
