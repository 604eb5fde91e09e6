import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiForbiddenResponse, ApiHeader, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { EnterpriseView } from '../enterprise.view';
import { CreateEnterpriseDto } from './create-enterprise.dto';
import { CreateEnterpriseService } from './create-enterprise.service';

@ApiTags('enterprises')
@ApiBearerAuth()
@Controller('enterprises')
export class CreateEnterpriseController {
  constructor(private readonly service: CreateEnterpriseService) {}

  @Post()
  @HttpCode(201)
  @RequireAction('enterprise.create')
  @ApiOperation({ summary: 'Đăng ký doanh nghiệp · Register an enterprise' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Cùng khóa và nội dung trả lại kết quả đầu tiên · same key and body return the first result' })
  @ApiCreatedResponse({ type: EnterpriseView })
  @ApiUnprocessableEntityResponse({ description: 'Mã số thuế sai, lĩnh vực hoặc số liệu không hợp lệ · invalid tax code, sector or figures' })
  @ApiForbiddenResponse({ description: 'Ngoài phạm vi tỉnh của người gọi · outside the caller’s province' })
  @ApiConflictResponse({ description: 'Mã số thuế đã đăng ký · tax code already registered' })
  create(@Body() dto: CreateEnterpriseDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') idempotencyKey?: string): Promise<EnterpriseView> {
    return this.service.create(dto, principal, idempotencyKey?.trim() || undefined);
  }
}
