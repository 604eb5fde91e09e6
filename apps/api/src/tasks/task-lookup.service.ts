import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../libs/domain/src/identity/principal';
import { TaskEntity } from '../../../../libs/persistence/src/entities/tasks/task.entity';
import { taskNotFound } from './task-problems';
import { visibleTasksCondition } from './task-visibility';

/** Finds a task the caller may see and the handle of the workflow that owns it. */
@Injectable()
export class TaskLookup {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly temporal: Client,
  ) {}

  async visibleTask(id: string, principal: Principal): Promise<TaskEntity> {
    const visible = visibleTasksCondition(principal);
    const row = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where(`t.id = :id`, { id })
      .andWhere(toNamed(visible.sql), namedParameters(visible.parameters))
      .getOne();
    if (!row) throw taskNotFound(id);
    return row;
  }

  workflowOf(task: TaskEntity) {
    return this.temporal.workflow.getHandle(task.workflowId);
  }
}

/** The visibility condition uses $n placeholders; TypeORM's query builder takes named ones. */
export function toNamed(sql: string): string {
  return sql.replace(/\$(\d+)/g, (_match, index: string) => `:p${index}`);
}

export function namedParameters(parameters: unknown[]): Record<string, unknown> {
  return Object.fromEntries(parameters.map((value, index) => [`p${index + 1}`, value]));
}
