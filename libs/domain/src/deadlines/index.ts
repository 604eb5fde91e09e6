export * from './reminder-schedule';
export * from './vietnam-time';
