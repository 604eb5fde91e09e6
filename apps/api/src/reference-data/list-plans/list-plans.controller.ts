import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { PlanTargetEntity } from '../../../../../libs/persistence/src/entities/reference/plan-target.entity';
import { PlanTaskEntity } from '../../../../../libs/persistence/src/entities/reference/plan-task.entity';
import { ProgrammePlanEntity } from '../../../../../libs/persistence/src/entities/reference/programme-plan.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { applyOrderBy } from '../../pagination/order-by';
import { Page, pageOf, PageOf, pageWindow } from '../../pagination/page';
import { PlanSummaryView } from '../plan.view';
import { ListPlansQuery } from './list-plans.query';

@ApiTags('reference-data')
@ApiBearerAuth()
@Controller('plans')
export class ListPlansController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @RequireAction('reference-data.read')
  @ApiOperation({ summary: 'Kế hoạch của các tỉnh · Provincial plans with target and task counts (sort: id, issuedOn, issuedYear, provinceCode)' })
  @ApiOkResponse({ type: PageOf(PlanSummaryView) })
  async list(@Query() query: ListPlansQuery): Promise<Page<PlanSummaryView>> {
    const builder = this.dataSource.getRepository(ProgrammePlanEntity).createQueryBuilder('plan');
    if (query.provinceCode) {
      builder.where('(plan.provinceCode = :province OR plan.historicalProvinceCode = :province)', { province: query.provinceCode });
    }
    const sortable = { id: 'plan.code', issuedOn: 'plan.issuedOn', issuedYear: 'plan.issuedYear', provinceCode: 'plan.provinceCode' };
    applyOrderBy(builder, query.sort, sortable, [['plan.code', 'ASC']]);
    const { skip, take } = pageWindow(query);
    const [plans, total] = await builder.skip(skip).take(take).getManyAndCount();

    const codes = plans.map((plan) => plan.code);
    const [targets, tasks] = await Promise.all([this.countByPlan(PlanTargetEntity, codes), this.countByPlan(PlanTaskEntity, codes)]);
    return pageOf(
      plans.map((plan) => PlanSummaryView.of(plan, { targets: targets.get(plan.code) ?? 0, tasks: tasks.get(plan.code) ?? 0 })),
      total,
      query,
    );
  }

  private async countByPlan(entity: typeof PlanTargetEntity | typeof PlanTaskEntity, planCodes: string[]): Promise<Map<string, number>> {
    if (planCodes.length === 0) return new Map();
    const rows = await this.dataSource
      .getRepository<{ planCode: string }>(entity)
      .createQueryBuilder('child')
      .select('child.planCode', 'planCode')
      .addSelect('count(*)', 'count')
      .where({ planCode: In(planCodes) })
      .groupBy('child.planCode')
      .getRawMany<{ planCode: string; count: string }>();
    return new Map(rows.map((row) => [row.planCode, Number(row.count)]));
  }
}
