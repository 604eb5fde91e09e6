import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { TaskEntity } from '../../../../../libs/persistence/src/entities/tasks/task.entity';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { Page, pageOf, PageOf, pageWindow } from '../../pagination/page';
import { languageOf } from '../../problem/language';
import { namedParameters, toNamed } from '../task-lookup.service';
import { TaskView } from '../task.view';
import { visibleTasksCondition } from '../task-visibility';
import { ListTasksQuery } from './list-tasks.query';

@ApiTags('tasks')
@ApiBearerAuth()
@Controller('tasks')
export class ListTasksController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @RequireAction('task.list')
  @ApiOperation({ summary: 'Hộp việc: các bước chờ quyết định, sắp theo hạn · Inbox of open decisions, by due date' })
  @ApiOkResponse({ type: PageOf(TaskView) })
  async list(@Query() query: ListTasksQuery, @CurrentPrincipal() principal: Principal, @Headers('accept-language') acceptLanguage?: string): Promise<Page<TaskView>> {
    const visible = visibleTasksCondition(principal, 'inbox');
    const { skip, take } = pageWindow(query);
    const [rows, total] = await this.dataSource
      .getRepository(TaskEntity)
      .createQueryBuilder('t')
      .where(toNamed(visible.sql), namedParameters(visible.parameters))
      .andWhere('t.status = :status', { status: query.status })
      .orderBy('t.due_at', 'ASC', 'NULLS LAST')
      .addOrderBy('t.created_at', 'ASC')
      .skip(skip)
      .take(take)
      .getManyAndCount();
    const language = languageOf(acceptLanguage);
    return pageOf(rows.map((row) => TaskView.of(row, language)), total, query);
  }
}
