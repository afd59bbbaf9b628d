export * from './complaint-deadline';
export * from './complaint-routing';
export * from './complaint-terms';
export * from './identifying-details';
export * from './story-terms';
