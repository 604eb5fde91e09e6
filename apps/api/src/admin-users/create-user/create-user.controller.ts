import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiHeader, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { UserView } from '../user.view';
import { CreateUserDto } from './create-user.dto';
import { CreateUserService } from './create-user.service';

@ApiTags('admin')
@ApiBearerAuth()
@Controller('admin/users')
export class CreateUserController {
  constructor(private readonly service: CreateUserService) {}

  @Post()
  @HttpCode(201)
  @RequireAction('admin.users')
  @ApiOperation({ summary: 'Tạo tài khoản người dùng · Create a user account' })
  @ApiHeader({ name: 'Idempotency-Key', required: false, description: 'Cùng khóa và nội dung trả lại kết quả đầu tiên · same key and body return the first result' })
  @ApiCreatedResponse({ type: UserView })
  @ApiUnprocessableEntityResponse({ description: 'Phạm vi không phù hợp với vai trò · scope does not fit the roles' })
  @ApiConflictResponse({ description: 'Tên đăng nhập đã tồn tại · username taken' })
  create(@Body() dto: CreateUserDto, @CurrentPrincipal() admin: Principal, @Headers('idempotency-key') idempotencyKey?: string): Promise<UserView> {
    return this.service.create(dto, admin, idempotencyKey?.trim() || undefined);
  }
}
