import type { CreateScreeningInput, ScreeningDetail, ScreeningOutcome } from '@lantern/domain';
import { useEffect, useMemo, useSyncExternalStore } from 'react';
import { ApiError, api } from '../../lib/api';
import { fetchSession } from '../../lib/session';
import { OUTBOX_KEY } from './outbox-key';

/**
 * Screenings waiting on this device for a connection. A submission is written here before it is sent,
 * so closing the page or losing the signal never loses an interview; the server stores a screening once
 * per clientDraftId, so sending the same one twice (two tabs, a retry after a lost answer) is harmless.
 */
export interface QueuedScreening {
  clientDraftId: string;
  /** Only the officer who screened sends it: the server records the sender as the screener. */
  userId: string;
  queuedAt: string;
  payload: CreateScreeningInput;
  /** The outcome as scored on this device, shown while the screening waits. */
  localOutcome: ScreeningOutcome | null;
  /** The server's reason for refusing it, when waiting longer will not help. */
  refusal?: string;
}

export type SendResult =
  | { kind: 'sent'; screening: ScreeningDetail }
  | { kind: 'waiting'; reason: 'offline' | 'signed-out' | 'server' }
  | { kind: 'refused'; error: ApiError };

const CHANGE_EVENT = 'lantern:screening-outbox';
/** Fired with `{ clientDraftId, id }` when a waiting screening has been stored by the server. */
export const SENT_EVENT = 'lantern:screening-sent';

export interface SentDetail {
  clientDraftId: string;
  id: string;
}

function readRaw(): string {
  try {
    return localStorage.getItem(OUTBOX_KEY) ?? '[]';
  } catch {
    return '[]';
  }
}

function parse(text: string): QueuedScreening[] {
  try {
    const value: unknown = JSON.parse(text);
    if (!Array.isArray(value)) return [];
    return value.filter(
      (item): item is QueuedScreening =>
        typeof item === 'object' &&
        item !== null &&
        typeof item.clientDraftId === 'string' &&
        typeof item.userId === 'string' &&
        typeof item.payload === 'object',
    );
  } catch {
    return [];
  }
}

export function readOutbox(): QueuedScreening[] {
  return parse(readRaw());
}

function write(items: readonly QueuedScreening[]): boolean {
  try {
    if (items.length === 0) localStorage.removeItem(OUTBOX_KEY);
    else localStorage.setItem(OUTBOX_KEY, JSON.stringify(items));
    return true;
  } catch {
    return false;
  } finally {
    window.dispatchEvent(new Event(CHANGE_EVENT));
  }
}

function enqueue(item: QueuedScreening): boolean {
  return write([...readOutbox().filter((entry) => entry.clientDraftId !== item.clientDraftId), item]);
}

export function removeQueued(clientDraftId: string): void {
  write(readOutbox().filter((entry) => entry.clientDraftId !== clientDraftId));
}

function markRefused(clientDraftId: string, refusal: string): void {
  write(readOutbox().map((entry) => (entry.clientDraftId === clientDraftId ? { ...entry, refusal } : entry)));
}

async function post(item: QueuedScreening): Promise<SendResult> {
  if (!navigator.onLine) return { kind: 'waiting', reason: 'offline' };
  try {
    const screening = await api<ScreeningDetail>('/api/screenings', { method: 'POST', body: item.payload });
    removeQueued(item.clientDraftId);
    window.dispatchEvent(
      new CustomEvent<SentDetail>(SENT_EVENT, {
        detail: { clientDraftId: item.clientDraftId, id: screening.id },
      }),
    );
    return { kind: 'sent', screening };
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
    if (error.status === 0) return { kind: 'waiting', reason: 'offline' };
    if (error.status === 401) return { kind: 'waiting', reason: 'signed-out' };
    if (error.status >= 500 || error.status === 408 || error.status === 429)
      return { kind: 'waiting', reason: 'server' };
    return { kind: 'refused', error };
  }
}

/**
 * Submits a screening: kept on the device first, then sent. When the server refuses it (invalid answers),
 * it leaves the outbox again and the wizard shows why, with the draft still there to correct.
 */
export async function submitQueued(item: Omit<QueuedScreening, 'queuedAt'>): Promise<SendResult> {
  const queued = { ...item, queuedAt: new Date().toISOString() };
  enqueue(queued);
  const result = await post(queued);
  if (result.kind === 'refused') removeQueued(item.clientDraftId);
  return result;
}

let flushing: Promise<void> | null = null;

/** Sends the signed-in user's waiting screenings, oldest first, stopping at the first connection problem. */
export function flushOutbox(): Promise<void> {
  flushing ??= (async () => {
    const waiting = readOutbox().filter((item) => !item.refusal);
    if (waiting.length === 0 || !navigator.onLine) return;
    const session = await fetchSession().catch(() => null);
    if (session?.stage !== 'active') return;
    for (const item of waiting) {
      if (item.userId !== session.user.id) continue;
      const result = await post(item);
      if (result.kind === 'waiting') break;
      if (result.kind === 'refused') markRefused(item.clientDraftId, result.error.message);
    }
  })().finally(() => {
    flushing = null;
  });
  return flushing;
}

function subscribe(listener: () => void) {
  window.addEventListener(CHANGE_EVENT, listener);
  window.addEventListener('storage', listener);
  return () => {
    window.removeEventListener(CHANGE_EVENT, listener);
    window.removeEventListener('storage', listener);
  };
}

/** This user's waiting screenings, kept current across tabs. */
export function useOutbox(userId: string): QueuedScreening[] {
  const raw = useSyncExternalStore(subscribe, readRaw, () => '[]');
  return useMemo(() => parse(raw).filter((item) => item.userId === userId), [raw, userId]);
}

/** Calls back when a waiting screening has been stored by the server (in this tab). */
export function useScreeningSent(onSent: (detail: SentDetail) => void) {
  useEffect(() => {
    const handler = (event: Event) => onSent((event as CustomEvent<SentDetail>).detail);
    window.addEventListener(SENT_EVENT, handler);
    return () => window.removeEventListener(SENT_EVENT, handler);
  }, [onSent]);
}
