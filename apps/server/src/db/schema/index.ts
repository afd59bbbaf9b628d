export * from './audit';
export * from './identity';
export * from './instance';
export * from './keys';
export * from './screening';
export * from './vocabularies';
