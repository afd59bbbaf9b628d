export * from './feedback-instrument';
export * from './feedback-results';
export * from './one-time-code';
export * from './status-step';
