import { Controller, Get, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { ApplicationAccess } from '../application-access.service';
import { ApplicationView } from '../application.view';

@ApiTags('applications')
@ApiBearerAuth()
@Controller('applications')
export class GetApplicationController {
  constructor(private readonly access: ApplicationAccess) {}

  @Get(':id')
  @RequireAction('application.read')
  @ApiOperation({ summary: 'Xem hồ sơ, bước hiện tại và hạn xử lý · Get an application, its current step and due date' })
  @ApiOkResponse({ type: ApplicationView })
  @ApiNotFoundResponse({ description: 'Không tìm thấy hồ sơ (hoặc không được xem) · not found or not visible' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal): Promise<ApplicationView> {
    return this.access.view(await this.access.visible(id, principal));
  }
}
