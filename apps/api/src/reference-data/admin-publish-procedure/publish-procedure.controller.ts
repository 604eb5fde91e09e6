import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { RequireAction } from '../../auth/require-action.decorator';
import { ProcedurePublishedView } from './procedure-published.view';
import { PublishProcedureDto } from './publish-procedure.dto';
import { PublishProcedureService } from './publish-procedure.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/procedures')
export class PublishProcedureController {
  constructor(private readonly service: PublishProcedureService) {}

  @Post()
  @HttpCode(201)
  @RequireAction('admin.procedures')
  @ApiOperation({ summary: 'Ban hành phiên bản quy trình mới · Publish a new procedure version' })
  @ApiCreatedResponse({ type: ProcedurePublishedView })
  @ApiConflictResponse({ description: 'Phiên bản đã có · the version exists' })
  @ApiUnprocessableEntityResponse({ description: 'Quy trình không hợp lệ hoặc trùng thời gian hiệu lực · invalid, or overlapping another version' })
  publish(@Body() dto: PublishProcedureDto): Promise<ProcedurePublishedView> {
    return this.service.publish(dto);
  }
}
