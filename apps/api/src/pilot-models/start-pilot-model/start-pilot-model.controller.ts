import { randomUUID } from 'node:crypto';
import { Body, Controller, Inject, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiCreatedResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { TEMPORAL_OPTIONS, TemporalOptions } from '../../../../../libs/temporal/src/temporal-options';
import { pilotModelStateQuery } from '../../../../../workflows/pilot-model/messages';
import { pilotModelWorkflow } from '../../../../../workflows/pilot-model/pilot-model.workflow';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { ProblemException } from '../../problem/problem';
import { actorOf } from '../../tasks/actor-of';
import { StartPilotModelDto } from './start-pilot-model.dto';

@ApiTags('pilot-models')
@ApiBearerAuth()
@Controller('pilot-models')
export class StartPilotModelController {
  constructor(
    private readonly temporal: Client,
    @Inject(TEMPORAL_OPTIONS) private readonly options: TemporalOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
  ) {}

  /** A model contracted outside the system; models of pilot-model support cases start from their implementation step. */
  @Post()
  @RequireAction('pilot-model.read')
  @ApiOperation({ summary: 'Khởi tạo mô hình điểm (cán bộ quản lý) · Start a pilot model (programme manager)' })
  @ApiCreatedResponse({ description: '{ id, workflowId }' })
  async start(@Body() dto: StartPilotModelDto, @CurrentPrincipal() principal: Principal): Promise<{ id: string; workflowId: string }> {
    if (!principal.roles.includes('programme-manager') || principal.provinceCode !== dto.provinceCode) {
      throw new ProblemException(403, 'pilot-model-manager-only', { vi: 'Chỉ cán bộ quản lý chương trình', en: 'Programme managers only' }, { vi: 'Chỉ cán bộ quản lý chương trình của tỉnh được khởi tạo mô hình điểm.', en: "Only the province's programme manager may start a pilot model." });
    }
    // Only an enterprise of the model's own province: one elsewhere could never see its model.
    const [enterprise] = await this.dataSource.query<{ id: string }[]>(`SELECT id FROM enterprises WHERE id = $1 AND province_code = $2`, [dto.enterpriseId, dto.provinceCode]);
    if (!enterprise) {
      const message = { vi: `Không có doanh nghiệp ${dto.enterpriseId} tại tỉnh ${dto.provinceCode}.`, en: `No enterprise ${dto.enterpriseId} in province ${dto.provinceCode}.` };
      throw new ProblemException(422, 'pilot-model-enterprise-unknown', { vi: 'Doanh nghiệp không thuộc tỉnh', en: 'Enterprise not in the province' }, message, [{ field: 'enterpriseId', message }]);
    }
    const id = randomUUID();
    const handle = await this.temporal.workflow.start(pilotModelWorkflow, {
      taskQueue: this.options.taskQueue,
      workflowId: `pilot-model-${id}`,
      args: [{ pilotModelId: id, applicationId: null, enterpriseId: dto.enterpriseId, provinceCode: dto.provinceCode, title: dto.title.trim(), createdBy: actorOf(principal) }],
    });
    // Answer once the model is projected, so a GET right after finds it.
    for (let attempt = 0; attempt < 100 && (await handle.query(pilotModelStateQuery)).seq < 2; attempt += 1) await new Promise((resolve) => setTimeout(resolve, 100));
    return { id, workflowId: handle.workflowId };
  }
}
