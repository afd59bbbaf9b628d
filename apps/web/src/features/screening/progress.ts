import type { Instrument } from '@lantern/domain';
import { REVIEW_STEP, type ScreeningDraft, SETUP_STEP, stepKey } from './model';

/**
 * "Step 2 of 11": counted over every section of the chosen instruments, not over the sections that have a
 * question to show so far. Otherwise the total grows while the person answers (1/1 → 1/6 → 2/11) and the
 * interviewer cannot tell how much is left; a section whose questions all stay hidden is simply passed over.
 */
export function wizardProgress(
  draft: ScreeningDraft,
  definitions: ReadonlyMap<string, Instrument>,
): { current: number; total: number } | null {
  const planned = [SETUP_STEP];
  for (const chosen of draft.instruments) {
    const instrument = definitions.get(chosen.id);
    // Until every chosen instrument has arrived the total is not known: better no count than a wrong one.
    if (!instrument) return null;
    for (const section of instrument.sections) planned.push(stepKey(chosen.id, section.id));
  }
  planned.push(REVIEW_STEP);
  const index = planned.indexOf(draft.step);
  return { current: Math.max(index, 0) + 1, total: planned.length };
}
