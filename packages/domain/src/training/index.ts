export * from './frontline';
