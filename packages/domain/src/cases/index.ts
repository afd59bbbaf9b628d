export * from './age-band';
export * from './lifecycle';
