import { Controller, Get, Param } from '@nestjs/common';
import { ApiBearerAuth, ApiExtraModels, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiParam, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { PlanTargetEntity } from '../../../../../libs/persistence/src/entities/reference/plan-target.entity';
import { PlanTaskEntity } from '../../../../../libs/persistence/src/entities/reference/plan-task.entity';
import { ProgrammePlanEntity } from '../../../../../libs/persistence/src/entities/reference/programme-plan.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { PlanDetailView, TargetRangeView } from '../plan.view';
import { notFound } from '../reference-problems';

const PLAN = { vi: 'kế hoạch', en: 'plan' };

/**
 * A plan id is its code, `<province>/<number-slug>`: GET /plans/thanh-hoa/159-kh-ubnd-2021,
 * or with the slash encoded, GET /plans/thanh-hoa%2F159-kh-ubnd-2021.
 */
@ApiTags('reference-data')
@ApiBearerAuth()
@ApiExtraModels(TargetRangeView)
@Controller('plans')
export class GetPlanController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get(':province/:number')
  @RequireAction('reference-data.read')
  @ApiOperation({ summary: 'Kế hoạch, chỉ tiêu và nhiệm vụ · A plan with its targets and tasks' })
  @ApiParam({ name: 'province', example: 'thanh-hoa' })
  @ApiParam({ name: 'number', example: '159-kh-ubnd-2021' })
  @ApiOkResponse({ type: PlanDetailView })
  @ApiNotFoundResponse({ description: 'Không có kế hoạch này · no such plan' })
  getByPath(@Param('province') province: string, @Param('number') number: string): Promise<PlanDetailView> {
    return this.load(`${province}/${number}`);
  }

  @Get(':id')
  @RequireAction('reference-data.read')
  @ApiOperation({ summary: 'Kế hoạch theo mã (dấu "/" mã hóa %2F) · A plan by its code, slash encoded' })
  @ApiParam({ name: 'id', example: 'thanh-hoa%2F159-kh-ubnd-2021' })
  @ApiOkResponse({ type: PlanDetailView })
  @ApiNotFoundResponse({ description: 'Không có kế hoạch này · no such plan' })
  getById(@Param('id') id: string): Promise<PlanDetailView> {
    return this.load(id);
  }

  private async load(code: string): Promise<PlanDetailView> {
    const plan = await this.dataSource.getRepository(ProgrammePlanEntity).findOneBy({ code });
    if (!plan) throw notFound('plan-not-found', PLAN, code);
    const [targets, tasks] = await Promise.all([
      this.dataSource.getRepository(PlanTargetEntity).find({ where: { planCode: code }, order: { sortOrder: 'ASC', period: 'ASC', code: 'ASC' } }),
      this.dataSource.getRepository(PlanTaskEntity).find({ where: { planCode: code }, order: { sortOrder: 'ASC', code: 'ASC' } }),
    ]);
    return PlanDetailView.detail(plan, targets, tasks);
  }
}
