import type { CaseSupport } from '@lantern/domain';
import type { SupportResponsibility } from '../../access/case-policy';

/**
 * What an agency reaching the case through a referral sees of its support: the plan items it is responsible for
 * (the services naming its referrals, nothing else of the plans), the entitlements of those regimes, and the
 * deliveries it recorded itself. The plans' objectives stay as the reader's identity scope left them (null
 * unless the referral opened the identity section). The owning agency's approvals are not its business.
 */
export function referredView(
  view: CaseSupport,
  responsibility: SupportResponsibility,
  agencyId: string,
): CaseSupport {
  const plans = view.plans.flatMap((plan) => {
    const services = plan.services.filter(
      (service) => service.referralId !== null && responsibility.referralIds.has(service.referralId),
    );
    return services.length === 0 ? [] : [{ ...plan, services }];
  });
  return {
    ...view,
    entitlements: view.entitlements.filter((entitlement) => responsibility.regimes.has(entitlement.regime)),
    plans,
    deliveries: view.deliveries.filter((delivery) => delivery.agency.id === agencyId),
    approvals: [],
  };
}
