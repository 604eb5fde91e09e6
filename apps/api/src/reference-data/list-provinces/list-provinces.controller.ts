import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { AdministrativeUnitEntity } from '../../../../../libs/persistence/src/entities/reference/administrative-unit.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { applyOrderBy } from '../../pagination/order-by';
import { Page, pageOf, PageOf, pageWindow } from '../../pagination/page';
import { ProvinceView } from '../province.view';
import { todayInVietnam } from '../today-in-vietnam';
import { ListProvincesQuery } from './list-provinces.query';

@ApiTags('reference-data')
@ApiBearerAuth()
@Controller('provinces')
export class ListProvincesController {
  constructor(@InjectRepository(AdministrativeUnitEntity) private readonly units: Repository<AdministrativeUnitEntity>) {}

  @Get()
  @RequireAction('reference-data.read')
  @ApiOperation({ summary: 'Danh sách tỉnh, thành phố · Provinces in force on a day (sort: code, name, validFrom)' })
  @ApiOkResponse({ type: PageOf(ProvinceView) })
  async list(@Query() query: ListProvincesQuery): Promise<Page<ProvinceView>> {
    const onDate = query.onDate ?? todayInVietnam();
    const builder = this.units
      .createQueryBuilder('unit')
      .where(`unit.level = 'province'`)
      .andWhere('unit.validFrom <= :onDate', { onDate });
    if (!query.includeHistorical) builder.andWhere('(unit.validTo IS NULL OR unit.validTo >= :onDate)', { onDate });
    applyOrderBy(builder, query.sort, { code: 'unit.code', name: 'unit.nameVi', validFrom: 'unit.validFrom' }, [['unit.code', 'ASC']]);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    return pageOf(
      rows.map((row) => ProvinceView.of(row, onDate)),
      total,
      query,
    );
  }
}
