export * from './api/auth';
export * from './api/errors';
export * from './api/health';
export * from './i18n/locales';
export * from './i18n/translate';
export * from './web-routes';
