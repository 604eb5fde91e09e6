import { Module } from '@nestjs/common';
import { GetPilotModelController } from './get-pilot-model/get-pilot-model.controller';
import { ListPilotModelsController } from './list-pilot-models/list-pilot-models.controller';
import { MilestoneProgressController } from './milestone-progress/milestone-progress.controller';
import { PilotModelAccess } from './pilot-model-access.service';
import { PilotModelDashboardController } from './pilot-model-dashboard/pilot-model-dashboard.controller';
import { StartPilotModelController } from './start-pilot-model/start-pilot-model.controller';
import { SubmitStepController } from './submit-step/submit-step.controller';
import { TerminatePilotModelController } from './terminate-pilot-model/terminate-pilot-model.controller';
import { WaiveMilestoneController } from './waive-milestone/waive-milestone.controller';

/** The six-step pilot models: start, deliverables, milestones, termination, the manager's dashboard; reviews go through /tasks. */
@Module({
  controllers: [StartPilotModelController, ListPilotModelsController, GetPilotModelController, SubmitStepController, MilestoneProgressController, WaiveMilestoneController, TerminatePilotModelController, PilotModelDashboardController],
  providers: [PilotModelAccess],
})
export class PilotModelsModule {}
