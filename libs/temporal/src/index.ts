export * from './register-search-attributes';
export * from './search-attributes';
export * from './temporal-client.module';
export * from './temporal-options';
export * from './activities-of';
export * from './yearly-report-schedule';
export * from './housekeeping-schedule';
