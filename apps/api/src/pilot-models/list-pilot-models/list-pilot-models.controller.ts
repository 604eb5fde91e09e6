import { Controller, Get, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { Page, pageOf, pageWindow } from '../../pagination/page';
import { OVERDUE_SQL, visiblePilotModelsCondition } from '../pilot-model-scope';
import { ListPilotModelsQuery } from './list-pilot-models.query';

export interface PilotModelListItem {
  id: string;
  applicationId: string | null;
  enterpriseId: string;
  provinceCode: string;
  title: string;
  status: string;
  step: string | null;
  phase: string;
  stepStartedAt: string;
  overdue: boolean;
  /** The earliest due time among the model's open tasks. */
  dueAt: string | null;
}

@ApiTags('pilot-models')
@ApiBearerAuth()
@Controller('pilot-models')
export class ListPilotModelsController {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  @Get()
  @RequireAction('pilot-model.read')
  @ApiOperation({ summary: 'Danh sách mô hình điểm trong phạm vi được xem · Pilot models the caller may see' })
  async list(@Query() query: ListPilotModelsQuery, @CurrentPrincipal() principal: Principal): Promise<Page<PilotModelListItem>> {
    const scope = visiblePilotModelsCondition(principal, 1);
    const parameters = [...scope.parameters];
    const where = [scope.sql];
    if (query.province) where.push(`m.province_code = $${parameters.push(query.province)}`);
    if (query.step) where.push(`m.current_step = $${parameters.push(query.step)}`);
    if (query.overdue !== undefined) where.push(`${query.overdue ? '' : 'NOT '}${OVERDUE_SQL}`);
    const { skip, take } = pageWindow(query);
    const [{ total }] = await this.dataSource.query<{ total: number }[]>(`SELECT count(*)::int AS total FROM pilot_models m WHERE ${where.join(' AND ')}`, parameters);
    const rows = await this.dataSource.query<PilotModelListItem[]>(
      `SELECT m.id, m.application_id AS "applicationId", m.enterprise_id AS "enterpriseId", m.province_code AS "provinceCode", m.title, m.status,
              m.current_step AS step, m.step_phase AS phase, m.step_started_at AS "stepStartedAt", ${OVERDUE_SQL} AS overdue,
              (SELECT min(t.due_at) FROM tasks t WHERE t.subject_type = 'pilot-model' AND t.subject_id = m.id AND t.status = 'open') AS "dueAt"
         FROM pilot_models m WHERE ${where.join(' AND ')}
        ORDER BY m.created_at DESC, m.id LIMIT ${take} OFFSET ${skip}`,
      parameters,
    );
    return pageOf(rows, total, query);
  }
}
