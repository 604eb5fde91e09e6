import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiNoContentResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { Public } from '../public.decorator';
import { RefreshTokenDto } from '../refresh/refresh-token.dto';
import { SessionService } from '../sessions/session.service';

@ApiTags('auth')
@Controller('auth')
export class LogoutController {
  constructor(private readonly sessions: SessionService) {}

  /** Access tokens already handed out stay valid until they expire (at most the access-token lifetime). */
  @Post('logout')
  @Public()
  @HttpCode(204)
  @ApiOperation({ summary: 'Đăng xuất: thu hồi cả phiên của mã làm mới · Sign out: revoke the refresh token family' })
  @ApiNoContentResponse({ description: 'Đã đăng xuất (kể cả khi mã đã hết hiệu lực) · signed out (also for an already dead token)' })
  async logout(@Body() dto: RefreshTokenDto): Promise<void> {
    await this.sessions.close(dto.refreshToken);
  }
}
