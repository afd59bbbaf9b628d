export * from './audit';
export * from './case-work';
export * from './cases';
export * from './identity';
export * from './instance';
export * from './keys';
export * from './screening';
export * from './vocabularies';
