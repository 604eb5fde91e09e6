import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { DepartmentEntity } from '../../../../../libs/persistence/src/entities/reference/department.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { applyOrderBy } from '../../pagination/order-by';
import { Page, pageOf, PageOf, pageWindow } from '../../pagination/page';
import { DepartmentView } from '../department.view';
import { ListDepartmentsQuery } from './list-departments.query';

@ApiTags('reference-data')
@ApiBearerAuth()
@Controller('departments')
export class ListDepartmentsController {
  constructor(@InjectRepository(DepartmentEntity) private readonly departments: Repository<DepartmentEntity>) {}

  @Get()
  @RequireAction('reference-data.read')
  @ApiOperation({ summary: 'Danh sách sở, ngành đang hoạt động · Active departments (sort: code, name, provinceCode)' })
  @ApiOkResponse({ type: PageOf(DepartmentView) })
  async list(@Query() query: ListDepartmentsQuery): Promise<Page<DepartmentView>> {
    const builder = this.departments.createQueryBuilder('department').where('department.active = true');
    if (query.provinceCode) builder.andWhere('department.provinceCode = :provinceCode', { provinceCode: query.provinceCode });
    if (query.capability) builder.andWhere(':capability = ANY(department.capabilities)', { capability: query.capability });
    const sortable = { code: 'department.code', name: 'department.nameVi', provinceCode: 'department.provinceCode' };
    applyOrderBy(builder, query.sort, sortable, [['department.code', 'ASC']]);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    return pageOf(
      rows.map((row) => DepartmentView.of(row)),
      total,
      query,
    );
  }
}
