import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiExtraModels, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Client } from '@temporalio/client';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { PILOT_STEPS, PilotModelSnapshot, PilotStepCode, submitStepUpdate } from '../../../../../workflows/pilot-model/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { ProblemException } from '../../problem/problem';
import { actorOf } from '../../tasks/actor-of';
import { PilotModelAccess } from '../pilot-model-access.service';
import { pilotModelProblemOf } from '../pilot-model-problems';
import { STEP_SUBMISSION_SCHEMA, STEP_SUBMISSIONS } from './deliverables/step-submissions';
import { parseStepSubmission } from './parse-step-submission';

@ApiTags('pilot-models')
@ApiBearerAuth()
@ApiExtraModels(...Object.values(STEP_SUBMISSIONS))
@Controller('pilot-models')
export class SubmitStepController {
  constructor(
    private readonly temporal: Client,
    private readonly access: PilotModelAccess,
  ) {}

  @Post(':id/steps/:step/submission')
  @HttpCode(200)
  @RequireAction('pilot-model.submit')
  @ApiOperation({ summary: 'Nộp sản phẩm của bước; thẩm định qua /tasks · Submit a step deliverable; review happens through /tasks' })
  @ApiBody({ description: 'Sản phẩm của bước, mỗi bước một dạng (theo `step`) · the step deliverable, one shape per step (by `step`)', schema: STEP_SUBMISSION_SCHEMA })
  async submit(@Param('id', new ParseUUIDPipe()) id: string, @Param('step') step: string, @Body() body: unknown, @CurrentPrincipal() principal: Principal): Promise<PilotModelSnapshot> {
    if (!(PILOT_STEPS as readonly string[]).includes(step)) {
      throw new ProblemException(404, 'pilot-model-step-unknown', { vi: 'Không có bước này', en: 'Unknown step' }, { vi: `Các bước: ${PILOT_STEPS.join(', ')}.`, en: `Steps: ${PILOT_STEPS.join(', ')}.` });
    }
    const model = await this.access.visible(id, principal);
    const deliverable = await parseStepSubmission(step as PilotStepCode, body);
    try {
      return await this.temporal.workflow.getHandle(model.workflowId).executeUpdate(submitStepUpdate, {
        args: [{ actor: actorOf(principal), step: step as PilotStepCode, deliverable }],
      });
    } catch (error) {
      throw pilotModelProblemOf(error);
    }
  }
}
