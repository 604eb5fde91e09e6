import { ApiPropertyOptional, type SchemaObject } from '@nestjs/swagger';
import { IsIn, IsString, MaxLength } from 'class-validator';
import { IsOptionalNonNull } from '../../../validation/is-optional-non-null';
import { DOCUMENT_KINDS, type DocumentKind } from '../document-kind';

/** The text fields sent with the file (the file itself is the `file` part). */
export class UploadDocumentDto {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS, default: 'other', description: 'Loại tài liệu · what the document is for' })
  @IsOptionalNonNull()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;

  @ApiPropertyOptional({ maxLength: 2000, description: 'Mô tả · description' })
  @IsOptionalNonNull()
  @IsString()
  @MaxLength(2000)
  description?: string;
}

/** The OpenAPI schema of the multipart form. */
export const UPLOAD_DOCUMENT_FORM: SchemaObject = {
  type: 'object',
  required: ['file'],
  properties: {
    file: { type: 'string', format: 'binary', description: 'Tệp tài liệu · the file (PDF, DOCX, XLSX, JPG, PNG, ZIP)' },
    kind: { type: 'string', enum: [...DOCUMENT_KINDS], default: 'other', description: 'Loại tài liệu · what the document is for' },
    description: { type: 'string', maxLength: 2000, description: 'Mô tả · description' },
  },
};
