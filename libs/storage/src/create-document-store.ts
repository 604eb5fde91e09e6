import { DocumentStore } from './document-store';
import { FilesystemDocumentStore } from './filesystem-document-store';
import { S3DocumentStore, type S3DocumentStoreOptions } from './s3-document-store';

/** Which store keeps document bytes, and its settings (DOCUMENT_STORE with DOCUMENTS_DIR or the S3_* variables). */
export type DocumentStoreChoice = { kind: 'filesystem'; dir: string } | { kind: 's3'; s3: S3DocumentStoreOptions };

export function createDocumentStore(choice: DocumentStoreChoice): DocumentStore {
  switch (choice.kind) {
    case 'filesystem':
      return new FilesystemDocumentStore(choice.dir);
    case 's3':
      return new S3DocumentStore(choice.s3);
  }
}
