export * from './feedback-instrument';
export * from './one-time-code';
export * from './status-step';
