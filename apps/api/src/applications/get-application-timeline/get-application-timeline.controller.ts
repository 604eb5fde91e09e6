import { Controller, Get, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { ApplicationEntity } from '../../../../../libs/persistence/src/entities/application.entity';
import { AuditLogEntity } from '../../../../../libs/persistence/src/entities/audit/audit-log.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { applicationNotFound } from '../application-not-found';
import { ApplicationTimelineView, TimelineItemView } from './application-timeline.view';

@ApiTags('applications')
@Controller('applications')
export class GetApplicationTimelineController {
  constructor(
    @InjectRepository(ApplicationEntity) private readonly applications: Repository<ApplicationEntity>,
    @InjectRepository(AuditLogEntity) private readonly auditLog: Repository<AuditLogEntity>,
  ) {}

  @Get(':id/timeline')
  @RequireAction('application.read')
  @ApiOperation({ summary: 'Tiến trình xử lý hồ sơ · Application timeline' })
  @ApiOkResponse({ type: ApplicationTimelineView })
  @ApiNotFoundResponse({ description: 'Không tìm thấy hồ sơ' })
  async timeline(@Param('id', new ParseUUIDPipe()) id: string, @Headers('accept-language') acceptLanguage?: string): Promise<ApplicationTimelineView> {
    if (!(await this.applications.existsBy({ id }))) throw applicationNotFound(id);
    // Served by ix_audit_log_subject (subject_type, subject_id, seq).
    const rows = await this.auditLog.find({ where: { subjectType: 'application', subjectId: id }, order: { seq: 'ASC' } });
    const language = languageOf(acceptLanguage);
    return Object.assign(new ApplicationTimelineView(), { items: rows.map((row) => TimelineItemView.of(row, language)) });
  }
}
