export * from './document-store';
export * from './document-types';
export * from './filesystem-document-store';
export * from './zip-entries';
