export * from './seed-report';
export * from './seed-reference-data';
