export * from './evidence';
export * from './family-names';
export * from './keys';
export * from './names';
export * from './score';
export * from './synthetic-people';
