import { Controller, Get, Headers, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import type { Improvement } from '../../../../../libs/domain/src/pilot-models/improvement';
import { IndicatorRollUp, rollUpImprovements } from '../../../../../libs/domain/src/pilot-models/roll-up-improvements';
import { PILOT_MODEL_2021 } from '../../../../../libs/domain/src/procedures/pilot-model-2021.seed';
import { PILOT_STEPS } from '../../../../../workflows/pilot-model/messages';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { ExportFormatQuery } from '../../dashboards/export/export-format.query';
import { ApiTableExport, tableFile } from '../../dashboards/export/table-export';
import { languageOf } from '../../problem/language';
import { todayInVietnam } from '../../reference-data/today-in-vietnam';
import { OVERDUE_SQL } from '../pilot-model-scope';
import { pilotModelDashboardTables } from './pilot-model-dashboard.table';

export interface PilotModelProvinceDashboard {
  provinceCode: string;
  total: number;
  completed: number;
  /** Stopped by the programme manager (chấm dứt); like completed models, they are on no step. */
  terminated: number;
  modelsPerStep: Record<string, number>;
  overdue: number;
  /** Overdue models (an open task past its due time) per step they are on. */
  overduePerStep: Record<string, number>;
  /** Mean working days a finished step took, per step (null when none finished yet). */
  averageWorkingDaysPerStep: Record<string, number | null>;
  /** Before/after change per indicator across completed models. */
  improvements: IndicatorRollUp[];
}

@ApiTags('dashboards')
@ApiBearerAuth()
@Controller('dashboard')
export class PilotModelDashboardController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get('pilot-models')
  @RequireAction('dashboard.read')
  @ApiOperation({ summary: 'Mô hình điểm theo tỉnh: số mô hình mỗi bước, quá hạn, số ngày làm việc trung bình mỗi bước, thay đổi chỉ tiêu · Pilot models per province' })
  @ApiTableExport()
  async dashboard(
    @Query() query: ExportFormatQuery,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: Response,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<{ provinces: PilotModelProvinceDashboard[] } | StreamableFile> {
    const provinces = await this.figures(principal);
    if (query.format === 'json') return { provinces };
    const language = languageOf(acceptLanguage);
    const steps = PILOT_STEPS.map((code) => ({ code, name: PILOT_MODEL_2021.steps.find((step) => step.code === code)?.name ?? { vi: code, en: code } }));
    return tableFile(query.format, pilotModelDashboardTables(provinces, steps, language), language, `dashboard-pilot-models-${todayInVietnam()}`, response);
  }

  private async figures(principal: Principal): Promise<PilotModelProvinceDashboard[]> {
    // A manager sees their province; the administrator every province.
    const province = principal.roles.includes('administrator') ? null : principal.provinceCode;
    const models = await this.dataSource.query<{ id: string; province: string; step: string | null; status: string; overdue: boolean; improvements: Improvement[] | null }[]>(
      `SELECT m.id, m.province_code AS province, m.current_step AS step, m.status, ${OVERDUE_SQL} AS overdue, m.improvements
         FROM pilot_models m WHERE ($1::text IS NULL OR m.province_code = $1) ORDER BY m.province_code, m.id`,
      [province],
    );
    const averages = await this.dataSource.query<{ province: string; step: string; average: string }[]>(
      `SELECT m.province_code AS province, s.step, avg(s.working_days_spent)::numeric(10, 2)::text AS average
         FROM pilot_model_steps s JOIN pilot_models m ON m.id = s.pilot_model_id
        WHERE s.completed_at IS NOT NULL AND ($1::text IS NULL OR m.province_code = $1) GROUP BY 1, 2`,
      [province],
    );
    const provinces = [...new Set(models.map((model) => model.province))];
    return provinces.map((code) => {
      const mine = models.filter((model) => model.province === code);
      return {
        provinceCode: code,
        total: mine.length,
        completed: mine.filter((model) => model.status === 'completed').length,
        terminated: mine.filter((model) => model.status === 'terminated').length,
        modelsPerStep: Object.fromEntries(PILOT_STEPS.map((step) => [step, mine.filter((model) => model.step === step).length])),
        overdue: mine.filter((model) => model.overdue).length,
        overduePerStep: Object.fromEntries(PILOT_STEPS.map((step) => [step, mine.filter((model) => model.step === step && model.overdue).length])),
        averageWorkingDaysPerStep: Object.fromEntries(
          PILOT_STEPS.map((step) => {
            const found = averages.find((row) => row.province === code && row.step === step);
            return [step, found ? Number(found.average) : null];
          }),
        ),
        improvements: rollUpImprovements(mine.map((model) => ({ modelId: model.id, completed: model.status === 'completed', improvements: model.improvements ?? [] }))),
      };
    });
  }
}
