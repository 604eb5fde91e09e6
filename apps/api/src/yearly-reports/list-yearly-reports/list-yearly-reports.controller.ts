import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { yearOf } from '../../../../../libs/domain/src/calendar/plain-date';
import { vietnamDateAt } from '../../../../../libs/domain/src/deadlines/vietnam-time';
import { DomainError } from '../../../../../libs/domain/src/errors/domain-error';
import { assertCan } from '../../../../../libs/domain/src/identity/can';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { viewOf } from '../../../../../activities/yearly-reports/department-report-store';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { DepartmentYearlyReportView, YearlyReportsOfProvinceView } from '../yearly-report.view';
import { ListYearlyReportsQuery } from './list-yearly-reports.query';

@ApiTags('yearly-reports')
@ApiBearerAuth()
@Controller('yearly-reports')
export class ListYearlyReportsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @RequireAction('dashboard.read')
  @ApiOperation({ summary: 'Tình hình nộp báo cáo năm của các đơn vị trong tỉnh · Yearly report status per department of a province' })
  @ApiOkResponse({ type: YearlyReportsOfProvinceView })
  async list(@Query() query: ListYearlyReportsQuery, @CurrentPrincipal() principal: Principal, @Headers('accept-language') acceptLanguage?: string): Promise<YearlyReportsOfProvinceView> {
    const year = query.year ?? yearOf(vietnamDateAt(Date.now()));
    const provinceCode = query.provinceCode ?? principal.provinceCode;
    if (!provinceCode) throw new DomainError('PROVINCE_REQUIRED', { vi: 'Cần chọn tỉnh (provinceCode).', en: 'Choose a province (provinceCode).' }, 'provinceCode');
    // A manager sees their own province only; an administrator any.
    assertCan(principal, 'dashboard.read', { provinceCode });

    const language = languageOf(acceptLanguage);
    const rows = await this.dataSource.query<(Parameters<typeof viewOf>[0] & { name_vi: string; name_en: string })[]>(
      `SELECT r.year, r.department_code, r.province_code, r.status, r.due_date::text AS due_date, r.submitted_at, r.submitted_by, r.submitted_by_name,
              r.content, r.version, d.name_vi, d.name_en
         FROM department_reports r JOIN departments d ON d.code = r.department_code
        WHERE r.year = $1 AND r.province_code = $2
        ORDER BY r.department_code`,
      [year, provinceCode],
    );
    const items: DepartmentYearlyReportView[] = rows.map((row) => {
      const view = viewOf(row);
      const late = view.submittedAt !== null && vietnamDateAt(Date.parse(view.submittedAt)) > view.dueDate;
      return { ...view, departmentName: language === 'en' ? row.name_en : row.name_vi, late };
    });
    const counts = { requested: 0, submitted: 0, overdue: 0 };
    for (const item of items) counts[item.status] += 1;
    return { year, provinceCode, counts, items };
  }
}
