export * from './csv';
export * from './ctdc-record';
export * from './htcds-record';
export * from './k-anonymity';
export * from './regions';
