import { Body, Controller, Param, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { RequireAction } from '../../auth/require-action.decorator';
import { UpdateSupportPolicyDto } from '../support-policy.dto';
import { SupportPolicyView } from '../support-policy.view';
import { UpdatePolicyService } from './update-policy.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/policies')
export class UpdatePolicyController {
  constructor(private readonly service: UpdatePolicyService) {}

  @Put(':code')
  @RequireAction('admin.policies')
  @ApiOperation({ summary: 'Sửa mức hỗ trợ (đóng bằng validTo thay vì xóa) · Replace a support policy row (close it with validTo rather than delete)' })
  @ApiOkResponse({ type: SupportPolicyView })
  @ApiNotFoundResponse({ description: 'Không có mã này · no such code' })
  @ApiConflictResponse({ description: 'Phiên bản đã cũ · stale version' })
  @ApiUnprocessableEntityResponse({ description: 'Dữ liệu vi phạm quy tắc · breaks a policy rule' })
  update(@Param('code') code: string, @Body() dto: UpdateSupportPolicyDto): Promise<SupportPolicyView> {
    return this.service.update(code, dto);
  }
}
