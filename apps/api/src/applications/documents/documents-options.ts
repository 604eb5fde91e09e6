import type { Environment } from '../../../../../libs/config/src/environment';
import type { DocumentTypeName } from '../../../../../libs/storage/src/document-types';

/** How application documents are stored and what is accepted (DOCUMENTS_DIR, MAX_DOCUMENT_BYTES, ALLOWED_DOCUMENT_TYPES). */
export interface DocumentsOptions {
  dir: string;
  maxBytes: number;
  allowedTypes: readonly DocumentTypeName[];
}

export const DOCUMENTS_OPTIONS = Symbol('DocumentsOptions');

export function documentsOptionsOf(environment: Environment): DocumentsOptions {
  return { dir: environment.documentsDir, maxBytes: environment.maxDocumentBytes, allowedTypes: environment.allowedDocumentTypes };
}
