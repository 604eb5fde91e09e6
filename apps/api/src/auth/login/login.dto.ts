import { ApiProperty } from '@nestjs/swagger';
import { IsNotEmpty, IsString, MaxLength } from 'class-validator';

export class LoginDto {
  @ApiProperty({ example: 'officer.tdc', maxLength: 64 })
  @IsString()
  @IsNotEmpty()
  @MaxLength(64)
  username!: string;

  @ApiProperty({ example: 'demo-password', maxLength: 200 })
  @IsString()
  @IsNotEmpty()
  // argon2 would hash megabytes happily; a bound keeps one request cheap.
  @MaxLength(200)
  password!: string;
}
