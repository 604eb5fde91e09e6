import { ApiProperty } from '@nestjs/swagger';
import { COUNCIL_KINDS, COUNCIL_ROLES } from '../../../../../libs/domain/src/councils';

/** A row of "Hội đồng của tôi": enough to open the council and to see what is expected of the caller. */
export class CouncilSummaryView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ enum: COUNCIL_KINDS }) kind!: string;
  @ApiProperty({ example: 'Hội đồng tư vấn xác định nhiệm vụ' }) kindLabel!: string;
  @ApiProperty({ enum: ['convened', 'closed'] }) status!: string;
  @ApiProperty({ format: 'uuid' }) applicationId!: string;
  @ApiProperty({ nullable: true, type: String }) applicationTitle!: string | null;
  @ApiProperty({ nullable: true, type: String, example: '2026-12-15' }) meetingDate!: string | null;
  @ApiProperty({ enum: [...COUNCIL_ROLES, 'council-secretary'], description: 'Vai trò của người gọi: vai trò trong hội đồng, hoặc thư ký thành lập · the caller’s seat, or council-secretary' })
  myRole!: string;
  @ApiProperty({ description: 'Người gọi đã bỏ phiếu · the caller has cast a ballot' }) voted!: boolean;
  @ApiProperty() memberCount!: number;
  @ApiProperty() ballotsCast!: number;
  @ApiProperty({ nullable: true, type: String, description: 'Kết quả khi đã kết thúc · outcome once closed' }) outcome!: string | null;
  @ApiProperty({ type: String, format: 'date-time' }) convenedAt!: string;
}
