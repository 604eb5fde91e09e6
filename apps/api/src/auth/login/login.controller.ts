import { Body, Controller, HttpCode, Ip, Post, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags, ApiTooManyRequestsResponse, ApiUnauthorizedResponse } from '@nestjs/swagger';
import type { Response } from 'express';
import { TooManyLoginAttempts } from '../auth-problems';
import { Public } from '../public.decorator';
import { TokenPairView } from '../sessions/token-pair.view';
import { LoginDto } from './login.dto';
import { LoginService } from './login.service';

@ApiTags('auth')
@Controller('auth')
export class LoginController {
  constructor(private readonly service: LoginService) {}

  @Post('login')
  @Public()
  @HttpCode(200)
  @ApiOperation({ summary: 'Đăng nhập · Sign in' })
  @ApiOkResponse({ type: TokenPairView })
  @ApiUnauthorizedResponse({ description: 'Sai tên đăng nhập hoặc mật khẩu · wrong username or password' })
  @ApiTooManyRequestsResponse({ description: 'Sai quá 5 lần trong 15 phút (theo tên đăng nhập và IP) · too many failures' })
  async login(@Body() dto: LoginDto, @Ip() ip: string, @Res({ passthrough: true }) response: Response): Promise<TokenPairView> {
    try {
      return await this.service.login(dto, ip);
    } catch (error) {
      if (error instanceof TooManyLoginAttempts) response.setHeader('Retry-After', String(error.retryAfterSeconds));
      throw error;
    }
  }
}
