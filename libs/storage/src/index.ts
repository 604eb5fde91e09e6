export * from './create-document-store';
export * from './document-store';
export * from './document-types';
export * from './filesystem-document-store';
export * from './s3-document-store';
export * from './zip-entries';
