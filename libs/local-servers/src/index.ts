export * from './embedded-postgres';
export * from './free-port';
export * from './managed-process';
export * from './temporal-binaries';
export * from './temporal-dev-server';
export * from './smtp-sink';
export * from './supervised-process';
