import { ApiProperty } from '@nestjs/swagger';
import type { DocumentEntity } from '../../../../../libs/persistence/src/entities/documents/document.entity';
import { DOCUMENT_KINDS } from './document-kind';

class UploaderView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'enterprise.a' }) username!: string;
}

/** A document of an application's dossier, as clients see it (the bytes are at `downloadUrl`). */
export class DocumentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ enum: DOCUMENT_KINDS }) kind!: string;
  @ApiProperty({ example: 'Thuyết minh đề xuất nhiệm vụ.pdf' }) originalName!: string;
  @ApiProperty({ example: 'application/pdf', description: 'Theo nội dung tệp · as detected from the bytes' }) contentType!: string;
  @ApiProperty({ example: 182344 }) sizeBytes!: number;
  @ApiProperty({ example: 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855', description: 'SHA-256, hex' }) sha256!: string;
  @ApiProperty({ nullable: true, type: String }) description!: string | null;
  @ApiProperty({ type: UploaderView }) uploadedBy!: UploaderView;
  @ApiProperty() uploadedAt!: string;
  @ApiProperty({ example: '/api/v1/applications/…/documents/…' }) downloadUrl!: string;

  static of(row: DocumentEntity): DocumentView {
    return Object.assign(new DocumentView(), {
      id: row.id,
      applicationId: row.applicationId,
      kind: row.kind,
      originalName: row.originalName,
      contentType: row.contentType,
      sizeBytes: row.sizeBytes,
      sha256: row.sha256,
      description: row.description,
      uploadedBy: { id: row.uploadedBy, username: row.uploadedByName },
      uploadedAt: row.uploadedAt.toISOString(),
      downloadUrl: `/api/v1/applications/${row.applicationId}/documents/${row.id}`,
    });
  }
}
