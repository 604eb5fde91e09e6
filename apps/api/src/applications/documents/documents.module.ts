import { DynamicModule, Module } from '@nestjs/common';
import { MulterModule } from '@nestjs/platform-express';
import { loadEnvironment } from '../../../../../libs/config/src/environment';
import { createDocumentStore } from '../../../../../libs/storage/src/create-document-store';
import { DOCUMENT_STORE } from '../../../../../libs/storage/src/document-store';
import { ApplicationAccess } from '../application-access.service';
import { DOCUMENTS_OPTIONS, documentsOptionsOf, type DocumentsOptions } from './documents-options';
import { DownloadDocumentController } from './download-document/download-document.controller';
import { ListDocumentsController } from './list-documents/list-documents.controller';
import { CaseOwnerGuard } from './upload-document/case-owner.guard';
import { UploadDocumentController } from './upload-document/upload-document.controller';
import { UploadDocumentService } from './upload-document/upload-document.service';
import { UploadPermission } from './upload-document/upload-permission';
import { UploadProblemsInterceptor } from './upload-document/upload-problems.interceptor';

/** POST/GET /applications/{id}/documents and GET /applications/{id}/documents/{docId}. */
@Module({})
export class DocumentsModule {
  static forRoot(options: DocumentsOptions = documentsOptionsOf(loadEnvironment())): DynamicModule {
    return {
      module: DocumentsModule,
      imports: [
        // No storage engine given: multer keeps the file in memory, which the size limit bounds.
        MulterModule.register({
          limits: { fileSize: options.maxBytes, files: 1, fields: 4, fieldSize: 8 * 1024, fieldNameSize: 64, parts: 6 },
          // Browsers send the file name as raw UTF-8; busboy would read it as Latin-1.
          defParamCharset: 'utf8',
        }),
      ],
      controllers: [UploadDocumentController, ListDocumentsController, DownloadDocumentController],
      providers: [
        { provide: DOCUMENTS_OPTIONS, useValue: options },
        // Files under DOCUMENTS_DIR or objects of an S3-compatible bucket, as DOCUMENT_STORE says.
        { provide: DOCUMENT_STORE, useFactory: () => createDocumentStore(options.store) },
        ApplicationAccess,
        UploadPermission,
        CaseOwnerGuard,
        UploadProblemsInterceptor,
        UploadDocumentService,
      ],
    };
  }
}
