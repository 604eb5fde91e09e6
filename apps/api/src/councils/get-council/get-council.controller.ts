import { Controller, Get, Headers, Param, ParseUUIDPipe } from '@nestjs/common';
import { ApiBearerAuth, ApiNotFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { CouncilReader } from '../council-reader.service';
import { CouncilView } from '../council.view';

@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils')
export class GetCouncilController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CouncilReader,
  ) {}

  @Get(':id')
  @RequireAction('council.read')
  @ApiOperation({ summary: 'Xem hội đồng: thành viên, điểm danh, phiếu, kết quả · Read a council: roll, attendance, ballots, result' })
  @ApiOkResponse({ type: CouncilView })
  @ApiNotFoundResponse({ description: 'Không tìm thấy hội đồng trong phạm vi · no such council in scope' })
  async get(@Param('id', new ParseUUIDPipe()) id: string, @CurrentPrincipal() principal: Principal, @Headers('accept-language') acceptLanguage?: string): Promise<CouncilView> {
    const manager = this.dataSource.manager;
    return this.reader.view(manager, await this.reader.readable(manager, id, principal), principal, languageOf(acceptLanguage));
  }
}
