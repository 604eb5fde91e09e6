import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiUnauthorizedResponse } from '@nestjs/swagger';
import { Public } from '../public.decorator';
import { SessionService } from '../sessions/session.service';
import { TokenPairView } from '../sessions/token-pair.view';
import { RefreshTokenDto } from './refresh-token.dto';

@ApiTags('auth')
@Controller('auth')
export class RefreshController {
  constructor(private readonly sessions: SessionService) {}

  // Public: the refresh token is the credential (the access token has usually expired by now).
  @Post('refresh')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Làm mới mã truy cập (mã làm mới dùng một lần) · Rotate the token pair' })
  @ApiOkResponse({ type: TokenPairView })
  @ApiUnauthorizedResponse({ description: 'Mã làm mới không hợp lệ, hết hạn hoặc đã dùng (cả phiên bị thu hồi) · invalid, expired or reused' })
  refresh(@Body() dto: RefreshTokenDto): Promise<TokenPairView> {
    return this.sessions.rotate(dto.refreshToken);
  }
}
