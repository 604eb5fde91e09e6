import { ApiProperty } from '@nestjs/swagger';

export class WorkingDaysView {
  @ApiProperty({ format: 'date', example: '2026-02-10' }) from!: string;
  @ApiProperty({ format: 'date', example: '2026-03-03' }) to!: string;

  @ApiProperty({
    example: 10,
    description:
      'Số ngày làm việc d với from < d ≤ to (như khi đếm thời hạn); âm khi to trước from · working days d with from < d ≤ to (as a time limit counts them); negative when to is before from',
  })
  workingDays!: number;
}
