import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../../libs/domain/src/identity/principal';
import { DocumentEntity } from '../../../../../../libs/persistence/src/entities/documents/document.entity';
import { CurrentPrincipal } from '../../../auth/current-principal.decorator';
import { RequireAction } from '../../../auth/require-action.decorator';
import { applyOrderBy } from '../../../pagination/order-by';
import { Page, pageOf, PageOf, pageWindow } from '../../../pagination/page';
import { ApplicationAccess } from '../../application-access.service';
import { DocumentView } from '../document.view';
import { ListDocumentsQuery } from './list-documents.query';

const SORTABLE = { uploadedAt: 'd.uploadedAt', originalName: 'd.originalName', kind: 'd.kind', sizeBytes: 'd.sizeBytes' };

@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class ListDocumentsController {
  constructor(
    private readonly access: ApplicationAccess,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  @Get(':id/documents')
  @RequireAction('application.read')
  @ApiOperation({ summary: 'Danh sách tài liệu của hồ sơ, mới nhất trước · Documents of an application, newest first' })
  @ApiOkResponse({ type: PageOf(DocumentView) })
  @ApiNotFoundResponse({ description: 'Không tìm thấy hồ sơ (hoặc không được xem) · not found or not visible' })
  async list(@Param('id', new ParseUUIDPipe()) id: string, @Query() query: ListDocumentsQuery, @CurrentPrincipal() principal: Principal): Promise<Page<DocumentView>> {
    await this.access.visible(id, principal);
    const builder = this.dataSource.getRepository(DocumentEntity).createQueryBuilder('d').where('d.application_id = :id', { id });
    if (query.kind) builder.andWhere('d.kind = :kind', { kind: query.kind });
    applyOrderBy(builder, query.sort, SORTABLE, [
      ['d.uploadedAt', 'DESC'],
      ['d.id', 'ASC'],
    ]);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    return pageOf(rows.map(DocumentView.of), total, query);
  }
}
