import { Controller, Get, Headers, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { DomainError } from '../../../../../libs/domain/src/errors/domain-error';
import { assertCan } from '../../../../../libs/domain/src/identity/can';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { todayInVietnam } from '../../reference-data/today-in-vietnam';
import { ApiTableExport, tableFile } from '../export/table-export';
import { DepartmentDashboardQuery } from './department-dashboard.query';
import { DepartmentDashboardService } from './department-dashboard.service';
import { departmentDashboardTable } from './department-dashboard.table';
import { DepartmentDashboardView } from './department-dashboard.view';
import { summariseDepartmentTasks } from './department-task-summary';

@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('dashboard')
export class DepartmentDashboardController {
  constructor(private readonly service: DepartmentDashboardService) {}

  @Get('departments')
  @RequireAction('dashboard.read')
  @ApiOperation({
    summary:
      'Việc của các đơn vị theo bước: đang mở, quá hạn, tỷ lệ đúng hạn, thời gian xử lý trung vị · Department tasks per step: open, overdue, on-time share, median turnaround',
  })
  @ApiTableExport(DepartmentDashboardView)
  @ApiForbiddenResponse({ description: 'Không phải người quản lý, hoặc tỉnh khác · not a manager, or another province' })
  async dashboard(
    @Query() query: DepartmentDashboardQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<DepartmentDashboardView | StreamableFile> {
    // The pilot-model dashboard's rule: a manager sees their province, the administrator every province.
    const administrator = principal.roles.includes('administrator');
    if (query.province !== undefined) assertCan(principal, 'dashboard.read', { provinceCode: query.province });
    const province = administrator ? (query.province ?? null) : principal.provinceCode;
    if (query.from && query.to && query.from > query.to) {
      throw new DomainError('INVALID_PERIOD', { vi: 'Ngày bắt đầu (from) phải không sau ngày kết thúc (to).', en: 'from must not be after to.' }, 'from', 400);
    }
    const tallies = await this.service.tallies({ province, department: query.department ?? null, from: query.from ?? null, to: query.to ?? null });
    const language = languageOf(acceptLanguage);
    const provinces = summariseDepartmentTasks(tallies, language);
    if (query.format === 'json') return { provinces };
    return tableFile(query.format, [departmentDashboardTable(provinces)], language, `dashboard-departments-${todayInVietnam()}`, response);
  }
}
