import type { ScreeningRecipient } from '@lantern/domain';
import { authorize } from '../../access/policy';
import type { RequestContext } from '../../context/request-context';
import { competentAgency } from './competent-agency';
import { ownScreening, screeningProvince } from './send-screening';

/** The agency the send dialog proposes for one of the agency's screenings (the user may pick another). */
export async function screeningRecipient(
  ctx: RequestContext,
  screeningId: string,
): Promise<ScreeningRecipient> {
  authorize(ctx, 'screening.create', 'screening.read');
  return ctx.transaction(async (tx) => {
    const screening = await ownScreening(tx, ctx, screeningId);
    const { agency, source } = await competentAgency(tx, await screeningProvince(tx, screening));
    // The sender's own agency is never proposed: it would be sending the screening to itself.
    if (agency && agency.id === ctx.actor?.agencyId) return { agency: null, source: 'none' };
    return { agency, source };
  });
}
