import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Max, MaxLength, Min } from 'class-validator';
import { ROLES } from '../../../../../libs/domain/src/identity/role';

export const USER_SORTS = ['username', '-username', 'displayName', '-displayName', 'createdAt', '-createdAt'] as const;

export class ListUsersQuery {
  @ApiPropertyOptional({ default: 1, minimum: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  // Far beyond any list; keeps the row offset a small integer PostgreSQL takes.
  @Max(1_000_000)
  page?: number;

  @ApiPropertyOptional({ default: 20, minimum: 1, maximum: 100 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  pageSize?: number;

  @ApiPropertyOptional({ enum: USER_SORTS, default: 'username', description: '"-" trước tên trường: giảm dần · leading "-" sorts descending' })
  @IsOptional()
  @IsIn(USER_SORTS)
  sort?: (typeof USER_SORTS)[number];

  @ApiPropertyOptional({ enum: ROLES })
  @IsOptional()
  @IsIn(ROLES)
  role?: string;

  @ApiPropertyOptional({ example: 'thanh-hoa' })
  @IsOptional()
  @IsString()
  @MaxLength(64)
  provinceCode?: string;
}
