import { ApiProperty } from '@nestjs/swagger';

/** The caller's ballot as recorded. */
export class BallotView {
  @ApiProperty({ format: 'uuid' }) councilId!: string;
  @ApiProperty({ format: 'uuid' }) memberUserId!: string;
  @ApiProperty({ type: Object }) payload!: Record<string, unknown>;
  @ApiProperty() castAt!: string;
  @ApiProperty({ description: 'Thay cho phiếu trước của thành viên · replaced the member’s earlier ballot' }) replaced!: boolean;
}
