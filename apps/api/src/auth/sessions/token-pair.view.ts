import { ApiProperty } from '@nestjs/swagger';

export class TokenPairView {
  @ApiProperty({ description: 'JWT, gửi trong Authorization: Bearer · send as Authorization: Bearer' }) accessToken!: string;
  @ApiProperty({ description: 'Mã làm mới dùng một lần · single-use refresh token (rotated by POST /auth/refresh)' }) refreshToken!: string;
  @ApiProperty({ description: 'Thời hạn của accessToken, giây · access token lifetime in seconds', example: 900 }) expiresIn!: number;
  @ApiProperty({ example: 'Bearer' }) tokenType!: 'Bearer';
}
