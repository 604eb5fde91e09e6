import type { Type as ClassType } from '@nestjs/common';
import { ApiProperty, getSchemaPath } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsDefined, IsIn, IsObject, ValidateNested } from 'class-validator';
import { PILOT_STEPS, PilotStepCode } from '../../../../../../workflows/pilot-model/messages';
import { AssessDeliverableDto } from './assess-deliverable.dto';
import { EvaluateDeliverableDto } from './evaluate-deliverable.dto';
import { ImplementDeliverableDto } from './implement-deliverable.dto';
import { PlanDeliverableDto } from './plan-deliverable.dto';
import { ReEvaluateDeliverableDto } from './re-evaluate-deliverable.dto';
import { SelectDeliverableDto } from './select-deliverable.dto';

/** The body of one step's submission: the step (the discriminator, also in the path) and its own deliverable. */
function submissionOf(step: PilotStepCode, deliverable: ClassType<unknown>, name: string): ClassType<{ step: PilotStepCode; deliverable: object }> {
  class StepSubmission {
    @ApiProperty({ enum: [step], description: 'Bước, như trong đường dẫn; có thể bỏ qua · the step, as in the path; may be omitted' })
    @IsIn([step])
    step!: PilotStepCode;

    @ApiProperty({ type: deliverable })
    @IsDefined()
    @IsObject()
    @ValidateNested()
    @Type(() => deliverable)
    deliverable!: object;
  }
  Object.defineProperty(StepSubmission, 'name', { value: name });
  return StepSubmission;
}

/** One submission class per step, discriminated by `step`. */
export const STEP_SUBMISSIONS: Readonly<Record<PilotStepCode, ClassType<{ step: PilotStepCode; deliverable: object }>>> = {
  assess: submissionOf('assess', AssessDeliverableDto, 'AssessSubmissionDto'),
  select: submissionOf('select', SelectDeliverableDto, 'SelectSubmissionDto'),
  plan: submissionOf('plan', PlanDeliverableDto, 'PlanSubmissionDto'),
  implement: submissionOf('implement', ImplementDeliverableDto, 'ImplementSubmissionDto'),
  evaluate: submissionOf('evaluate', EvaluateDeliverableDto, 'EvaluateSubmissionDto'),
  're-evaluate': submissionOf('re-evaluate', ReEvaluateDeliverableDto, 'ReEvaluateSubmissionDto'),
};

/** The OpenAPI request body: one of the step submissions, discriminated by `step`. */
export const STEP_SUBMISSION_SCHEMA = {
  oneOf: PILOT_STEPS.map((step) => ({ $ref: getSchemaPath(STEP_SUBMISSIONS[step]) })),
  discriminator: { propertyName: 'step', mapping: Object.fromEntries(PILOT_STEPS.map((step) => [step, getSchemaPath(STEP_SUBMISSIONS[step])])) },
};
