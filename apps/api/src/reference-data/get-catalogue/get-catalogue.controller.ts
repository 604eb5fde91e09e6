import { Controller, Get, Param, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { CATALOGUE_KINDS } from '../../../../../libs/domain/src/catalogues/catalogue-item';
import { CatalogueItemEntity } from '../../../../../libs/persistence/src/entities/reference/catalogue-item.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { PageQueryDto } from '../../pagination/page-query.dto';
import { applyOrderBy } from '../../pagination/order-by';
import { Page, pageOf, PageOf, pageWindow } from '../../pagination/page';
import { catalogueKindOf } from '../catalogue-kind';
import { CatalogueItemView } from '../catalogue-item.view';

@ApiTags('reference-data')
@ApiBearerAuth()
@Controller('catalogues')
export class GetCatalogueController {
  constructor(@InjectRepository(CatalogueItemEntity) private readonly items: Repository<CatalogueItemEntity>) {}

  @Get(':kind')
  @RequireAction('reference-data.read')
  @ApiOperation({ summary: 'Các mục đang dùng của một danh mục · Active items of a catalogue, in list order (sort: order, code, name)' })
  @ApiParam({ name: 'kind', enum: CATALOGUE_KINDS })
  @ApiOkResponse({ type: PageOf(CatalogueItemView) })
  @ApiNotFoundResponse({ description: 'Không có danh mục này · unknown kind; the problem lists the kinds' })
  async list(@Param('kind') kind: string, @Query() query: PageQueryDto): Promise<Page<CatalogueItemView>> {
    const builder = this.items.createQueryBuilder('item').where('item.kind = :kind', { kind: catalogueKindOf(kind) }).andWhere('item.active = true');
    const sortable = { order: 'item.sortOrder', code: 'item.code', name: 'item.nameVi' };
    applyOrderBy(builder, query.sort, sortable, [['item.sortOrder', 'ASC'], ['item.code', 'ASC']]);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    return pageOf(
      rows.map((row) => CatalogueItemView.of(row)),
      total,
      query,
    );
  }
}
