export * from './group-report';
