export * from './csv';
export * from './ctdc-record';
export * from './k-anonymity';
export * from './regions';
