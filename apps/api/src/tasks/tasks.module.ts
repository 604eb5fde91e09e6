import { Module } from '@nestjs/common';
import { ClaimTaskController } from './claim-task/claim-task.controller';
import { DecideTaskController } from './decide-task/decide-task.controller';
import { ExtendTaskController } from './extend-task/extend-task.controller';
import { ListTasksController } from './list-tasks/list-tasks.controller';
import { ReassignTaskController } from './reassign-task/reassign-task.controller';
import { ReassignmentTargets } from './reassign-task/reassignment-target.service';
import { TaskLookup } from './task-lookup.service';

/** The inboxes: open decisions, and what people do with them. */
@Module({
  controllers: [ListTasksController, ClaimTaskController, DecideTaskController, ReassignTaskController, ExtendTaskController],
  providers: [TaskLookup, ReassignmentTargets],
})
export class TasksModule {}
