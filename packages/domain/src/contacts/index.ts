export * from './month-range';
export * from './vocabulary';
