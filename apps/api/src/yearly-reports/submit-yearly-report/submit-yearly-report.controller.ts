import { Body, Controller, HttpCode, Param, ParseIntPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import type { DepartmentReportView } from '../../../../../workflows/yearly-report/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { YearlyReportView } from '../yearly-report.view';
import { SubmitYearlyReportDto } from './submit-yearly-report.dto';
import { SubmitYearlyReportService } from './submit-yearly-report.service';

@ApiTags('yearly-reports')
@ApiBearerAuth()
@Controller('yearly-reports')
export class SubmitYearlyReportController {
  constructor(private readonly service: SubmitYearlyReportService) {}

  /**
   * 'task.decide' (department officers; council secretaries hold no reporting department): a
   * report answers a request addressed to the department, like a department step. Scope: the
   * caller's own department only.
   */
  @Post(':year/submission')
  @HttpCode(200)
  @RequireAction('task.decide')
  @ApiOperation({ summary: 'Nộp báo cáo năm của đơn vị mình · Submit your department’s yearly report' })
  @ApiOkResponse({ type: YearlyReportView })
  @ApiForbiddenResponse({ description: 'Đơn vị khác trong tỉnh · another department of your province' })
  @ApiNotFoundResponse({ description: 'Không có yêu cầu báo cáo · no report requested' })
  @ApiConflictResponse({ description: 'Đã nộp · already submitted' })
  async submit(@Param('year', new ParseIntPipe()) year: number, @Body() dto: SubmitYearlyReportDto, @CurrentPrincipal() principal: Principal): Promise<DepartmentReportView> {
    return this.service.submit(year, dto, principal);
  }
}
