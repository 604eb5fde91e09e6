import type { Environment } from '../../../../../libs/config/src/environment';
import type { DocumentStoreChoice } from '../../../../../libs/storage/src/create-document-store';
import type { DocumentTypeName } from '../../../../../libs/storage/src/document-types';

/** How application documents are stored and what is accepted (DOCUMENT_STORE with DOCUMENTS_DIR or S3_*, MAX_DOCUMENT_BYTES, ALLOWED_DOCUMENT_TYPES). */
export interface DocumentsOptions {
  store: DocumentStoreChoice;
  maxBytes: number;
  allowedTypes: readonly DocumentTypeName[];
}

export const DOCUMENTS_OPTIONS = Symbol('DocumentsOptions');

export function documentsOptionsOf(environment: Environment): DocumentsOptions {
  return { store: storeOf(environment), maxBytes: environment.maxDocumentBytes, allowedTypes: environment.allowedDocumentTypes };
}

function storeOf(environment: Environment): DocumentStoreChoice {
  if (environment.documentStore === 'filesystem') return { kind: 'filesystem', dir: environment.documentsDir };
  // loadEnvironment always reads the S3_* settings for DOCUMENT_STORE=s3; a hand-built Environment might not.
  if (environment.s3DocumentStore === undefined) throw new Error('DOCUMENT_STORE is s3 but no S3 settings were read');
  return { kind: 's3', s3: environment.s3DocumentStore };
}
