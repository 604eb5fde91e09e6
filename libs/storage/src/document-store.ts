import type { Readable } from 'node:stream';

/** What a store reports about bytes it has just written, measured on the way in. */
export interface StoredDocument {
  size: number;
  /** Lower-case hex SHA-256 of exactly the bytes stored. */
  sha256: string;
}

/**
 * Where document bytes live, by key (e.g. `applications/<case id>/<document id>`). Rows in
 * PostgreSQL say what a document is; the store only keeps its bytes.
 *
 * Implementations: files under a folder (FilesystemDocumentStore, the default) and the objects of
 * an S3-compatible bucket (S3DocumentStore); DOCUMENT_STORE chooses one (createDocumentStore).
 */
export interface DocumentStore {
  /**
   * Writes the content under `key` all at once or not at all: readers never see a partial file.
   * The caller gives every document a key of its own; writing an existing key replaces it.
   */
  put(key: string, content: Readable | Buffer): Promise<StoredDocument>;

  /** The bytes under `key`; rejects with DocumentNotStoredError when there are none. */
  get(key: string): Promise<Readable>;

  /** Removes the bytes under `key` (nothing to do when there are none): undoes a put whose row was never committed. */
  delete(key: string): Promise<void>;
}

/** The injection token of the configured store. */
export const DOCUMENT_STORE = Symbol('DocumentStore');

export class DocumentNotStoredError extends Error {
  constructor(readonly key: string) {
    super(`No document is stored under "${key}"`);
    this.name = 'DocumentNotStoredError';
  }
}

export class InvalidDocumentKeyError extends Error {
  constructor(readonly key: string) {
    super(`"${key}" is not a valid document key (lower-case letters, digits, ".", "_" and "-" in "/"-separated segments)`);
    this.name = 'InvalidDocumentKeyError';
  }
}

/** Keys map to paths and object names alike: no "..", no absolute paths, nothing a shell or URL must escape. */
const KEY = /^[a-z0-9][a-z0-9._-]{0,127}(\/[a-z0-9][a-z0-9._-]{0,127}){0,7}$/;

export function assertDocumentKey(key: string): void {
  if (!KEY.test(key)) throw new InvalidDocumentKeyError(key);
}
