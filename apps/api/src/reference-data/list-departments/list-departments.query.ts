import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsString, Matches } from 'class-validator';
import { DEPARTMENT_CAPABILITIES } from '../../../../../libs/domain/src/organisation/department';
import { PageQueryDto } from '../../pagination/page-query.dto';

export class ListDepartmentsQuery extends PageQueryDto {
  @ApiPropertyOptional({ example: 'thanh-hoa' })
  @IsOptional()
  @IsString()
  @Matches(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
  provinceCode?: string;

  @ApiPropertyOptional({ enum: DEPARTMENT_CAPABILITIES, description: 'Chỉ đơn vị có vai trò này · only departments with this capability' })
  @IsOptional()
  @IsIn(DEPARTMENT_CAPABILITIES)
  capability?: string;
}
