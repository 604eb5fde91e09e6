import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ArrayMaxSize, ArrayUnique, IsArray, IsBoolean, IsUUID } from 'class-validator';
import { IsOptionalNonNull } from '../../validation/is-optional-non-null';

/** PUT /councils/{id}/attendance: who is present; everyone else on the roll is absent. */
export class RecordAttendanceDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Thành viên có mặt · members present' })
  @IsArray()
  @ArrayUnique()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  presentUserIds!: string[];

  @ApiPropertyOptional({ description: 'Chủ tịch ủy quyền cho Phó Chủ tịch chủ trì · the chair authorised the vice-chair to preside', default: false })
  @IsOptionalNonNull()
  @IsBoolean()
  viceChairAuthorised?: boolean;
}
