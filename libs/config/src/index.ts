export * from './environment';
export * from './installation-secret';
