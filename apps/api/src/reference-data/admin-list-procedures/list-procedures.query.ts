import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsOptional, IsString, Matches } from 'class-validator';
import { PageQueryDto } from '../../pagination/page-query.dto';

export class ListProceduresQuery extends PageQueryDto {
  @ApiPropertyOptional({ example: 'nscl', description: 'Chỉ các phiên bản của quy trình này · only versions of this procedure' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  code?: string;
}
