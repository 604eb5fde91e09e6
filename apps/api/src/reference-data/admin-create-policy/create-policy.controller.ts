import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { RequireAction } from '../../auth/require-action.decorator';
import { CreateSupportPolicyDto } from '../support-policy.dto';
import { SupportPolicyView } from '../support-policy.view';
import { CreatePolicyService } from './create-policy.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/policies')
export class CreatePolicyController {
  constructor(private readonly service: CreatePolicyService) {}

  @Post()
  @HttpCode(201)
  @RequireAction('admin.policies')
  @ApiOperation({ summary: 'Thêm mức hỗ trợ (ví dụ theo nghị quyết HĐND tỉnh) · Add a support policy row' })
  @ApiCreatedResponse({ type: SupportPolicyView })
  @ApiConflictResponse({ description: 'Mã đã có · the code exists' })
  @ApiUnprocessableEntityResponse({ description: 'Tỷ lệ, mức trần, ngày hoặc dòng thay thế không hợp lệ · invalid share, cap, dates or superseded row' })
  create(@Body() dto: CreateSupportPolicyDto): Promise<SupportPolicyView> {
    return this.service.create(dto);
  }
}
