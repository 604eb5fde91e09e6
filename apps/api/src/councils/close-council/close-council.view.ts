import { ApiProperty } from '@nestjs/swagger';
import { CouncilView } from '../council.view';

export class CloseCouncilView {
  @ApiProperty({ description: 'Quy trình hồ sơ đã nhận kết quả (false: quy trình không chạy) · the case workflow accepted the result (false: it is not running)' })
  delivered!: boolean;

  @ApiProperty({ type: CouncilView })
  council!: CouncilView;
}
