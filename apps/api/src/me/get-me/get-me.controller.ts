import { Controller, Get } from '@nestjs/common';
import { ApiBearerAuth, ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { GetMeService } from './get-me.service';
import { MeView } from './me.view';

@ApiTags('me')
@ApiBearerAuth()
@Controller('me')
export class GetMeController {
  constructor(private readonly service: GetMeService) {}

  @Get()
  @RequireAction('me.read')
  @ApiOperation({ summary: 'Tài khoản đang đăng nhập · The signed-in account' })
  @ApiOkResponse({ type: MeView })
  @ApiUnauthorizedResponse({ description: 'Chưa đăng nhập hoặc mã truy cập hết hạn · not signed in' })
  get(@CurrentPrincipal() principal: Principal): Promise<MeView> {
    return this.service.get(principal);
  }
}
