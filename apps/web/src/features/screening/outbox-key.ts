/**
 * Where submissions wait while there is no connection. Its own module so the tiny watcher loaded with the
 * first screen and the sender loaded on demand both read it without importing each other.
 */
export const OUTBOX_KEY = 'lantern.screening.outbox';
