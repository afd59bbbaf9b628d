export * from './follow-up-schedule';
export * from './instruments';
export * from './lantern-reintegration-v1';
