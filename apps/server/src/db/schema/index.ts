export * from './audit';
export * from './identity';
export * from './instance';
export * from './screening';
export * from './vocabularies';
