import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../public.decorator';
import { RefreshTokenDto } from '../refresh/refresh-token.dto';
import { SessionService } from '../sessions/session.service';

@ApiTags('auth')
@Controller('auth')
export class LogoutController {
  constructor(private readonly sessions: SessionService) {}

  /** Access tokens of the session stop working with it (the guard checks the session on every request). */
  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất: thu hồi cả phiên của mã làm mới · Sign out: revoke the refresh token family' })
  @ApiNoContentResponse({ description: 'Đã đăng xuất (kể cả khi mã đã hết hiệu lực) · signed out (also for an already dead token)' })
  async logout(@Body() dto: RefreshTokenDto): Promise<void> {
    await this.sessions.close(dto.refreshToken);
  }
}
