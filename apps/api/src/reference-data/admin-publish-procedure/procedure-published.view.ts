import { ApiProperty } from '@nestjs/swagger';
import { ProcedureDefinitionEntity } from '../../../../../libs/persistence/src/entities/reference/procedure-definition.entity';
import { ProcedureVersionView } from '../procedure.view';

export class ProcedurePublishedView extends ProcedureVersionView {
  @ApiProperty({
    nullable: true,
    type: String,
    example: '2021',
    description: 'Phiên bản trước được đóng lại từ ngày hiệu lực của bản mới · the open-ended version closed at the new one\'s effectiveFrom',
  })
  supersededVersion!: string | null;

  static published(row: ProcedureDefinitionEntity, supersededVersion: string | null): ProcedurePublishedView {
    return Object.assign(new ProcedurePublishedView(), ProcedureVersionView.full(row), { supersededVersion });
  }
}
