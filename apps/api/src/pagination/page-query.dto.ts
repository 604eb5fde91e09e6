import { ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

/**
 * `?page=&pageSize=&sort=` of every list route (api.md). Extend it with a route's own filters.
 * `sort` is a comma-separated list of fields, `-` first for descending (`-issuedOn,code`);
 * each route says which fields it sorts by (see `orderBy`).
 */
export class PageQueryDto {
  @ApiPropertyOptional({ description: 'Trang, từ 1 · page number, from 1', minimum: 1, default: 1 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  // Far beyond any list; keeps the row offset a small integer PostgreSQL takes.
  @Max(1_000_000)
  @Min(1)
  page: number = 1;

  @ApiPropertyOptional({ description: 'Số dòng mỗi trang · items per page', minimum: 1, maximum: MAX_PAGE_SIZE, default: DEFAULT_PAGE_SIZE })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(MAX_PAGE_SIZE)
  pageSize: number = DEFAULT_PAGE_SIZE;

  @ApiPropertyOptional({ description: 'Sắp xếp, "-" là giảm dần · sort fields, "-" for descending', example: '-issuedOn,code' })
  @IsOptional()
  @IsString()
  @MaxLength(200)
  @Matches(/^-?[A-Za-z][A-Za-z0-9]*(,-?[A-Za-z][A-Za-z0-9]*)*$/)
  sort?: string;
}
