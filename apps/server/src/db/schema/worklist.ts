/**
 * The worklist adds no table of its own: it reads cases and tasks. Task assignment and reminders live on
 * `case_tasks` (db/schema/case-work.ts: `reminded_at`, `overdue_notified_at`; migration 0022).
 */
export {};
