export * from './audit-entry';
export * from './audit-hash';
export * from './audit-trail';
export * from './canonical-json';
export * from './verify-audit-trail';
