import type { ServiceEntry, ServiceMisfit } from '@lantern/domain';
import type { TFunction } from 'i18next';
import type { Tone } from '../shell/ToneBadge';

/** Room now, in words and a tone: free places help, full warns, not counted says so plainly. */
export function capacityBadge(t: TFunction, entry: ServiceEntry): { tone: Tone; text: string } {
  const { capacityFree: free, capacityTotal: total } = entry;
  if (free === null) return { tone: 'neutral', text: t('directoryWeb.capacity.unknown') };
  if (free === 0) return { tone: 'negative', text: t('directoryWeb.capacity.full') };
  return {
    tone: 'positive',
    text:
      total === null
        ? t('directoryWeb.capacity.freeOnly', { free })
        : t('directoryWeb.capacity.free', { free, total }),
  };
}

export function misfitText(t: TFunction, misfit: ServiceMisfit): string {
  return t(`directoryWeb.misfit.${misfit}`);
}

export function ageText(t: TFunction, entry: Pick<ServiceEntry, 'minAge' | 'maxAge'>): string | null {
  const { minAge: min, maxAge: max } = entry;
  if (min !== null && max !== null) return t('directoryWeb.card.ages', { min, max });
  if (min !== null) return t('directoryWeb.card.ageFrom', { min });
  if (max !== null) return t('directoryWeb.card.ageUpTo', { max });
  return null;
}
