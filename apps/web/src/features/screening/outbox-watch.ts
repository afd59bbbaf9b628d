import { OUTBOX_KEY } from './outbox-key';

const RETRY_MS = 60_000;

function hasWaiting(): boolean {
  try {
    const text = localStorage.getItem(OUTBOX_KEY);
    return text !== null && text !== '[]';
  } catch {
    return false;
  }
}

/**
 * Sends screenings saved on this device when the app starts, when the connection returns and every
 * minute while some wait. Kept tiny, as it loads with the first screen; the sender loads only when needed.
 */
export function watchScreeningOutbox(): void {
  if (typeof window === 'undefined') return;
  const send = () => {
    if (!hasWaiting() || !navigator.onLine) return;
    void import('./outbox').then((outbox) => outbox.flushOutbox()).catch(() => undefined);
  };
  window.addEventListener('online', send);
  window.setInterval(send, RETRY_MS);
  send();
}
