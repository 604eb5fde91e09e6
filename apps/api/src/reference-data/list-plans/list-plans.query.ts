import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { PageQueryDto } from '../../pagination/page-query.dto';

export class ListPlansQuery extends PageQueryDto {
  @ApiPropertyOptional({ example: 'dong-thap', description: 'Tỉnh thực hiện hoặc tỉnh ban hành · the province carrying the plan on, or the one that issued it' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  provinceCode?: string;
}
