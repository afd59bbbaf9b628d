export * from './catalogue';
export * from './definition';
export * from './suppression';
