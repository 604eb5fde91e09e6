import { Column, Entity, Index, PrimaryColumn } from 'typeorm';
import { requiredNumber } from '../number-columns';

/**
 * A file of an application's dossier. The row says what it is and who brought it; the bytes
 * live in the document store under `storageKey`. Rows are never edited: a corrected file is a
 * new document.
 */
@Entity({ name: 'documents' })
@Index('ix_documents_application', ['applicationId', 'uploadedAt'])
export class DocumentEntity {
  @PrimaryColumn({ type: 'uuid' })
  id!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  /** 'proposal', 'financial-report', 'supplement', 'other'. */
  @Column({ type: 'varchar', length: 32 })
  kind!: string;

  @Column({ name: 'original_name', type: 'varchar', length: 255 })
  originalName!: string;

  /** As detected from the bytes, not as the client claimed. */
  @Column({ name: 'content_type', type: 'varchar', length: 128 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'bigint', transformer: requiredNumber })
  sizeBytes!: number;

  /** Lower-case hex SHA-256 of the stored bytes. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  @Column({ name: 'storage_key', type: 'varchar', length: 512 })
  storageKey!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'uploaded_by', type: 'uuid' })
  uploadedBy!: string;

  /** The uploader's username when they uploaded, for lists and the audit trail. */
  @Column({ name: 'uploaded_by_name', type: 'varchar', length: 64 })
  uploadedByName!: string;

  @Column({ name: 'uploaded_at', type: 'timestamptz', default: () => 'now()' })
  uploadedAt!: Date;

  /** The uploader's Idempotency-Key, unique per case and uploader. */
  @Column({ name: 'idempotency_key', type: 'varchar', length: 255, nullable: true })
  idempotencyKey!: string | null;

  /** SHA-256 of what the request asked for (bytes, name, kind, description): a reused key must ask for the same. */
  @Column({ name: 'request_fingerprint', type: 'char', length: 64, nullable: true })
  requestFingerprint!: string | null;
}
