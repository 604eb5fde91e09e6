import { Controller, Get, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { AuditLogEntity } from '../../../../../libs/persistence/src/entities/audit/audit-log.entity';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { ApplicationAccess } from '../application-access.service';
import { ApplicationTimelineView, TimelineItemView } from './application-timeline.view';
import { timelineEntries } from './timeline-rows';

@ApiTags('applications')
@Controller('applications')
export class GetApplicationTimelineController {
  constructor(
    private readonly access: ApplicationAccess,
    @InjectRepository(AuditLogEntity) private readonly auditLog: Repository<AuditLogEntity>,
  ) {}

  @Get(':id/timeline')
  @RequireAction('application.read')
  @ApiOperation({ summary: 'Tiến trình xử lý hồ sơ · Application timeline' })
  @ApiOkResponse({ type: ApplicationTimelineView })
  @ApiNotFoundResponse({ description: 'Không tìm thấy hồ sơ' })
  async timeline(
    @Param('id', new ParseUUIDPipe()) id: string,
    @CurrentPrincipal() principal: Principal,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<ApplicationTimelineView> {
    await this.access.visible(id, principal);
    // Served by ix_audit_log_subject (subject_type, subject_id, seq).
    const rows = await this.auditLog.find({ where: { subjectType: 'application', subjectId: id }, order: { seq: 'ASC' } });
    const language = languageOf(acceptLanguage);
    return Object.assign(new ApplicationTimelineView(), { items: timelineEntries(rows).map((entry) => TimelineItemView.of(entry, language)) });
  }
}
