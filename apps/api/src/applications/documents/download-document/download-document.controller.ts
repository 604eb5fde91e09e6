import { Controller, Get, Inject, Param, ParseUUIDPipe, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../../libs/domain/src/identity/principal';
import { DocumentEntity } from '../../../../../../libs/persistence/src/entities/documents/document.entity';
import { DOCUMENT_STORE, type DocumentStore } from '../../../../../../libs/storage/src/document-store';
import { CurrentPrincipal } from '../../../auth/current-principal.decorator';
import { RequireAction } from '../../../auth/require-action.decorator';
import { ApplicationAccess } from '../../application-access.service';
import { documentNotFound } from '../document-problems';
import { attachmentDisposition } from './content-disposition';

/** The bytes of a document, to anyone who may see the case, with its original name and its SHA-256. */
@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class DownloadDocumentController {
  constructor(
    private readonly access: ApplicationAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
    @Inject(DOCUMENT_STORE) private readonly store: DocumentStore,
  ) {}

  @Get(':id/documents/:documentId')
  @RequireAction('application.read')
  @ApiOperation({ summary: 'Tải xuống tài liệu hồ sơ · Download an application document' })
  @ApiProduces('application/pdf', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'image/jpeg', 'image/png', 'application/zip')
  @ApiOkResponse({
    description: 'Nội dung tệp · the file',
    schema: { type: 'string', format: 'binary' },
    headers: {
      'Content-Disposition': { description: "attachment; filename=\"…\"; filename*=UTF-8''… (RFC 6266/5987)", schema: { type: 'string' } },
      ETag: { description: 'SHA-256 (hex), trong ngoặc kép · the SHA-256 in hex, quoted', schema: { type: 'string' } },
      Digest: { description: 'sha-256=<base64> (RFC 3230)', schema: { type: 'string' } },
      'Repr-Digest': { description: 'sha-256=:<base64>: (RFC 9530)', schema: { type: 'string' } },
    },
  })
  @ApiNotFoundResponse({ description: 'Không tìm thấy hồ sơ hoặc tài liệu (hoặc không được xem) · not found or not visible' })
  async download(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Param('documentId', new ParseUUIDPipe()) documentId: string,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
  ): Promise<StreamableFile> {
    await this.access.visible(id, principal);
    const document = await this.dataSource.getRepository(DocumentEntity).findOneBy({ id: documentId, applicationId: id });
    if (!document) throw documentNotFound(documentId);
    // A row whose bytes are gone is a storage fault, not a missing document: let it surface as a 500 and be logged.
    const content = await this.store.get(document.storageKey);

    const digest = Buffer.from(document.sha256, 'hex').toString('base64');
    response.setHeader('ETag', `"${document.sha256}"`);
    response.setHeader('Digest', `sha-256=${digest}`);
    response.setHeader('Repr-Digest', `sha-256=:${digest}:`);
    response.setHeader('Cache-Control', 'private, no-cache');
    response.setHeader('X-Content-Type-Options', 'nosniff');
    return new StreamableFile(content, { type: document.contentType, length: document.sizeBytes, disposition: attachmentDisposition(document.originalName) });
  }
}
