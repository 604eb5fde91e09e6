import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import {
  ApiBearerAuth,
  ApiConflictResponse,
  ApiForbiddenResponse,
  ApiNotFoundResponse,
  ApiOkResponse,
  ApiOperation,
  ApiTags,
  ApiUnprocessableEntityResponse,
} from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { PilotModelSnapshot, terminatePilotModelUpdate } from '../../../../../workflows/pilot-model/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { actorOf } from '../../tasks/actor-of';
import { PilotModelAccess } from '../pilot-model-access.service';
import { pilotModelFinished, pilotModelProblemOf } from '../pilot-model-problems';
import { TerminatePilotModelDto } from './terminate-pilot-model.dto';

@ApiTags('pilot-models')
@ApiBearerAuth()
@Controller('pilot-models')
export class TerminatePilotModelController {
  constructor(
    private readonly temporal: Client,
    private readonly access: PilotModelAccess,
  ) {}

  /**
   * Added route (process.md §A, termination during implementation): the province's programme
   * manager stops the model with a reason; its open tasks are cancelled, and a model run for a
   * support case ends that case as terminated.
   */
  @Post(':id/terminate')
  @HttpCode(200)
  @RequireAction('pilot-model.terminate')
  @ApiOperation({ summary: 'Chấm dứt mô hình điểm (cán bộ quản lý chương trình) · Terminate a pilot model (programme manager)' })
  @ApiOkResponse({ description: 'Mô hình đã chấm dứt · the terminated model (status "terminated", termination: at, by, reason, step)' })
  @ApiForbiddenResponse({ description: 'Không phải cán bộ quản lý chương trình của tỉnh · not the province’s programme manager' })
  @ApiNotFoundResponse({ description: 'Không có mô hình điểm bạn được xem (vd. tỉnh khác) · no such model you can see (e.g. another province)' })
  @ApiConflictResponse({ description: 'Mô hình đã hoàn thành hoặc đã bị chấm dứt · already completed or terminated' })
  @ApiUnprocessableEntityResponse({ description: 'Thiếu lý do chấm dứt · the reason is missing' })
  async terminate(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: TerminatePilotModelDto, @CurrentPrincipal() principal: Principal): Promise<PilotModelSnapshot> {
    const model = await this.access.visible(id, principal);
    if (model.status !== 'in-progress') throw pilotModelFinished(model.status);
    try {
      return await this.temporal.workflow.getHandle(model.workflowId).executeUpdate(terminatePilotModelUpdate, { args: [{ actor: actorOf(principal), reason: dto.reason ?? '' }] });
    } catch (error) {
      throw pilotModelProblemOf(error);
    }
  }
}
