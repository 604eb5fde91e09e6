import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CATALOGUE_KINDS } from '../../../../../libs/domain/src/catalogues/catalogue-item';
import { CatalogueItemEntity } from '../../../../../libs/persistence/src/entities/reference/catalogue-item.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { applyOrderBy } from '../../pagination/order-by';
import { PageQueryDto } from '../../pagination/page-query.dto';
import { Page, pageOf, PageOf, pageWindow } from '../../pagination/page';
import { catalogueKindOf } from '../catalogue-kind';
import { AdminCatalogueItemView } from '../catalogue-item.view';
import { notFound } from '../reference-problems';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/catalogues')
export class AdminListCatalogueController {
  constructor(@InjectRepository(CatalogueItemEntity) private readonly items: Repository<CatalogueItemEntity>) {}

  @Get(':kind')
  @RequireAction('admin.catalogues')
  @ApiOperation({ summary: 'Mọi mục của danh mục, kể cả mục đã tắt · Every item of a catalogue, switched-off ones too (sort: order, code, name)' })
  @ApiParam({ name: 'kind', enum: CATALOGUE_KINDS })
  @ApiOkResponse({ type: PageOf(AdminCatalogueItemView) })
  @ApiNotFoundResponse({ description: 'Không có danh mục này · unknown kind' })
  async list(@Param('kind') kind: string, @Query() query: PageQueryDto): Promise<Page<AdminCatalogueItemView>> {
    const builder = this.items.createQueryBuilder('item').where('item.kind = :kind', { kind: catalogueKindOf(kind) });
    const sortable = { order: 'item.sortOrder', code: 'item.code', name: 'item.nameVi' };
    applyOrderBy(builder, query.sort, sortable, [['item.sortOrder', 'ASC'], ['item.code', 'ASC']]);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    return pageOf(
      rows.map((row) => AdminCatalogueItemView.of(row)),
      total,
      query,
    );
  }

  @Get(':kind/:code')
  @RequireAction('admin.catalogues')
  @ApiOperation({ summary: 'Một mục danh mục · One catalogue item' })
  @ApiParam({ name: 'kind', enum: CATALOGUE_KINDS })
  @ApiOkResponse({ type: AdminCatalogueItemView })
  @ApiNotFoundResponse({ description: 'Không có danh mục hoặc mục này · unknown kind or code' })
  async get(@Param('kind') kind: string, @Param('code') code: string): Promise<AdminCatalogueItemView> {
    const row = await this.items.findOneBy({ kind: catalogueKindOf(kind), code });
    if (!row) throw notFound('catalogue-item-not-found', { vi: 'mục danh mục', en: 'catalogue item' }, `${kind}/${code}`);
    return AdminCatalogueItemView.of(row);
  }
}
