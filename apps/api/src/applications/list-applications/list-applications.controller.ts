import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { ApplicationEntity } from '../../../../../libs/persistence/src/entities/application.entity';
import { TaskEntity } from '../../../../../libs/persistence/src/entities/tasks/task.entity';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { orderBy } from '../../pagination/order-by';
import { Page, pageOf, PageOf, pageWindow } from '../../pagination/page';
import { ApplicationView } from '../application.view';
import { ListApplicationsQuery } from './list-applications.query';

const SORTABLE = { createdAt: 'a.created_at', updatedAt: 'a.updated_at', title: 'a.title', status: 'a.status' };

@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class ListApplicationsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @RequireAction('application.read')
  @ApiOperation({ summary: 'Danh sách hồ sơ trong phạm vi được xem · Applications the caller may see' })
  @ApiOkResponse({ type: PageOf(ApplicationView) })
  async list(@Query() query: ListApplicationsQuery, @CurrentPrincipal() principal: Principal): Promise<Page<ApplicationView>> {
    const builder = this.dataSource.getRepository(ApplicationEntity).createQueryBuilder('a');
    // The same scope as canView (libs/domain/src/identity/can-view.ts), as SQL.
    if (!principal.roles.includes('administrator')) {
      builder.where('a.province_code = :province', { province: principal.provinceCode });
      const scopes = [];
      if (principal.roles.includes('programme-manager')) scopes.push('TRUE');
      if (principal.roles.includes('enterprise-user') && principal.enterpriseId) scopes.push('a.enterprise_id = :enterpriseId');
      if (principal.roles.includes('department-officer') && principal.departmentCode) scopes.push(':departmentCode = ANY (a.department_codes)');
      if (principal.roles.includes('council-member') || principal.roles.includes('council-secretary')) {
        scopes.push('EXISTS (SELECT 1 FROM councils c WHERE c.application_id = a.id AND c.id = ANY (:councilIds::uuid[]))');
      }
      builder.andWhere(`(${scopes.length > 0 ? scopes.join(' OR ') : 'FALSE'})`, {
        enterpriseId: principal.enterpriseId,
        departmentCode: principal.departmentCode,
        councilIds: [...principal.councilIds],
      });
    }
    if (query.status) builder.andWhere('a.status = :status', { status: query.status });
    if (query.step) builder.andWhere('a.current_step = :step', { step: query.step });
    if (query.province) builder.andWhere('a.province_code = :filterProvince', { filterProvince: query.province });
    if (query.department) builder.andWhere(':filterDepartment = ANY (a.department_codes)', { filterDepartment: query.department });
    if (query.enterprise) builder.andWhere('a.enterprise_id = :filterEnterprise', { filterEnterprise: query.enterprise });
    if (query.overdue !== undefined) {
      builder.andWhere(`${query.overdue ? '' : 'NOT '}EXISTS (SELECT 1 FROM tasks t WHERE t.id = a.current_task_id AND t.status = 'open' AND t.due_at < now())`);
    }
    for (const [column, direction] of orderBy(query.sort, SORTABLE, [['a.created_at', 'DESC']])) builder.addOrderBy(column, direction);
    const { skip, take } = pageWindow(query);
    const [rows, total] = await builder.skip(skip).take(take).getManyAndCount();
    const taskIds = rows.map((row) => row.currentTaskId).filter((id): id is string => id !== null);
    const tasks = taskIds.length > 0 ? await this.dataSource.getRepository(TaskEntity).createQueryBuilder('t').where('t.id IN (:...ids)', { ids: taskIds }).andWhere("t.status = 'open'").getMany() : [];
    const taskById = new Map(tasks.map((task) => [task.id, task]));
    return pageOf(rows.map((row) => ApplicationView.of(row, row.currentTaskId ? taskById.get(row.currentTaskId) : null)), total, query);
  }
}
