import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';
import { PageQueryDto } from '../../../pagination/page-query.dto';
import { DOCUMENT_KINDS, type DocumentKind } from '../document-kind';

export class ListDocumentsQuery extends PageQueryDto {
  @ApiPropertyOptional({ enum: DOCUMENT_KINDS })
  @IsOptional()
  @IsIn(DOCUMENT_KINDS)
  kind?: DocumentKind;
}
