import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { ApplicationView } from '../application.view';
import { StartApplicationDto } from './start-application.dto';
import { StartApplicationService } from './start-application.service';
import { RequireAction } from '../../auth/require-action.decorator';

@ApiTags('applications')
@Controller('applications')
export class StartApplicationController {
  constructor(private readonly service: StartApplicationService) {}

  @Post()
  @RequireAction('application.create')
  @HttpCode(201)
  @ApiOperation({ summary: 'Lập hồ sơ đề nghị hỗ trợ (bản nháp) · Open a support application (draft)' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Cùng khóa và nội dung trả lại kết quả đầu tiên · same key and body return the first result' })
  @ApiCreatedResponse({ type: ApplicationView })
  start(@Body() dto: StartApplicationDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') idempotencyKey?: string): Promise<ApplicationView> {
    return this.service.start(dto, principal, idempotencyKey?.trim() || undefined);
  }
}
