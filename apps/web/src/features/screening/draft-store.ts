import { parseDraft, type ScreeningDraft } from './model';

// One draft per user on a device: a shared phone at a border post must not show one officer's unfinished
// interview to the next. The draft holds no identifying data (see ScreeningDraft).
const keyFor = (userId: string) => `lantern.screening.draft.${userId}`;

export function loadDraft(userId: string): ScreeningDraft | null {
  try {
    return parseDraft(localStorage.getItem(keyFor(userId)), userId);
  } catch {
    return null;
  }
}

/** Saves the draft; false when the browser refuses storage (private mode, full disk). */
export function saveDraft(draft: ScreeningDraft): boolean {
  try {
    localStorage.setItem(
      keyFor(draft.userId),
      JSON.stringify({ ...draft, updatedAt: new Date().toISOString() }),
    );
    return true;
  } catch {
    return false;
  }
}

export function discardDraft(userId: string): void {
  try {
    localStorage.removeItem(keyFor(userId));
  } catch {
    // Nothing was stored.
  }
}
