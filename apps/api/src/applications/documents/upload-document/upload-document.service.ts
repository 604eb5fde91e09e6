import { createHash, randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import type { Principal } from '../../../../../../libs/domain/src/identity/principal';
import { AuditTrail } from '../../../../../../libs/persistence/src/audit/audit-trail';
import { DocumentEntity } from '../../../../../../libs/persistence/src/entities/documents/document.entity';
import { DOCUMENT_STORE, type DocumentStore } from '../../../../../../libs/storage/src/document-store';
import { idempotencyKeyReused, idempotencyKeyTooLong, missingDocumentFile, unsupportedDocumentType } from '../document-problems';
import { DocumentView } from '../document.view';
import { DOCUMENTS_OPTIONS, type DocumentsOptions } from '../documents-options';
import { acceptedDocumentType } from './accepted-document-type';
import { originalNameOf } from './original-name';
import { UploadDocumentDto } from './upload-document.dto';
import { UploadPermission } from './upload-permission';
import type { UploadedFileInMemory } from './uploaded-file';

const auditTrail = new AuditTrail();
const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

/** What one upload asks for; a reused Idempotency-Key must ask for the same. */
interface UploadRequest {
  applicationId: string;
  kind: string;
  originalName: string;
  contentType: string;
  description: string | null;
  sha256: string;
  size: number;
}

/**
 * Adds a file to a dossier. Order: who (404/403) → a file at all (400) → what it is (415) →
 * a retry of an earlier upload (the first result) → whether the case takes documents now (409).
 * The bytes are stored first, then the row and its audit entry commit together; if the row does
 * not commit, the bytes are removed, so there is never a row without bytes.
 */
@Injectable()
export class UploadDocumentService {
  constructor(
    private readonly permission: UploadPermission,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
    @Inject(DOCUMENTS_OPTIONS) private readonly options: DocumentsOptions,
  ) {}

  async upload(applicationId: string, file: UploadedFileInMemory | undefined, dto: UploadDocumentDto, principal: Principal, idempotencyKey?: string): Promise<DocumentView> {
    const application = await this.permission.ownCase(applicationId, principal);
    if (idempotencyKey && idempotencyKey.length > MAX_IDEMPOTENCY_KEY_LENGTH) throw idempotencyKeyTooLong(MAX_IDEMPOTENCY_KEY_LENGTH);
    if (!file) throw missingDocumentFile();
    const type = acceptedDocumentType(file.mimetype, file.buffer, this.options.allowedTypes);
    if (!type) throw unsupportedDocumentType(this.options.allowedTypes, file.mimetype || undefined);

    const request: UploadRequest = {
      applicationId,
      kind: dto.kind ?? 'other',
      originalName: originalNameOf(file.originalname, type),
      contentType: type.mimeType,
      description: dto.description?.trim() || null,
      sha256: createHash('sha256').update(file.buffer).digest('hex'),
      size: file.buffer.length,
    };
    const fingerprint = fingerprintOf(request);
    if (idempotencyKey) {
      const earlier = await this.earlierUpload(request, principal, idempotencyKey, fingerprint);
      if (earlier) return earlier;
    }
    await this.permission.assertOpen(application);

    const id = randomUUID();
    const storageKey = `applications/${applicationId}/${id}`;
    const stored = await this.store.put(storageKey, file.buffer);
    let row: DocumentEntity | undefined;
    try {
      if (stored.sha256 !== request.sha256 || stored.size !== request.size) throw new Error(`The document store kept other bytes than it was given under ${storageKey}`);
      row = await this.dataSource.transaction((manager) => this.record(manager, id, storageKey, request, principal, idempotencyKey, fingerprint));
    } finally {
      // An orphaned file would be harmless; the error that got us here is the one to report.
      if (!row) await this.store.delete(storageKey).catch(() => undefined);
    }
    if (row) return DocumentView.of(row);
    // A concurrent request with the same key committed first: answer as it did.
    const winner = idempotencyKey ? await this.earlierUpload(request, principal, idempotencyKey, fingerprint) : undefined;
    if (!winner) throw new Error(`Document ${id} was neither recorded nor found as an earlier upload`);
    return winner;
  }

  /** The row and the audit entry, in one transaction; undefined when the Idempotency-Key is already taken. */
  private async record(
    manager: EntityManager,
    id: string,
    storageKey: string,
    request: UploadRequest,
    principal: Principal,
    idempotencyKey: string | undefined,
    fingerprint: string,
  ): Promise<DocumentEntity | undefined> {
    const inserted = await manager.query<{ id: string }[]>(
      `INSERT INTO documents (id, application_id, kind, original_name, content_type, size_bytes, sha256, storage_key, description, uploaded_by, uploaded_by_name, idempotency_key, request_fingerprint)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13)
       ON CONFLICT (application_id, uploaded_by, idempotency_key) WHERE idempotency_key IS NOT NULL DO NOTHING
       RETURNING id`,
      [
        id,
        request.applicationId,
        request.kind,
        request.originalName,
        request.contentType,
        request.size,
        request.sha256,
        storageKey,
        request.description,
        principal.userId,
        principal.username,
        idempotencyKey ?? null,
        idempotencyKey ? fingerprint : null,
      ],
    );
    if (inserted.length === 0) return undefined;
    await auditTrail.append(manager, {
      actor: { id: principal.userId, name: principal.username, role: 'enterprise-user' },
      action: 'application.document-uploaded',
      subject: { type: 'application', id: request.applicationId },
      after: { documentId: id, kind: request.kind, originalName: request.originalName, contentType: request.contentType, sizeBytes: request.size, sha256: request.sha256 },
      comment: request.description,
    });
    return manager.getRepository(DocumentEntity).findOneByOrFail({ id });
  }

  private async earlierUpload(request: UploadRequest, principal: Principal, key: string, fingerprint: string): Promise<DocumentView | undefined> {
    const earlier = await this.dataSource.getRepository(DocumentEntity).findOneBy({ applicationId: request.applicationId, uploadedBy: principal.userId, idempotencyKey: key });
    if (!earlier) return undefined;
    if (earlier.requestFingerprint !== fingerprint) throw idempotencyKeyReused(key);
    return DocumentView.of(earlier);
  }
}

function fingerprintOf(request: UploadRequest): string {
  const { applicationId, kind, originalName, description, sha256 } = request;
  return createHash('sha256').update(JSON.stringify([applicationId, kind, originalName, description, sha256])).digest('hex');
}
