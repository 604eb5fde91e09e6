import { Body, Controller, Headers, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { CloseCouncilDto } from './close-council.dto';
import { CloseCouncilService } from './close-council.service';
import { CloseCouncilView } from './close-council.view';

@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils')
export class CloseCouncilController {
  constructor(private readonly service: CloseCouncilService) {}

  @Post(':id/close')
  @HttpCode(200)
  @RequireAction('council.close')
  @ApiOperation({ summary: 'Kết thúc phiên họp, kiểm phiếu và chuyển kết quả cho hồ sơ · Close, count and hand the result to the case' })
  @ApiOkResponse({ type: CloseCouncilView })
  @ApiForbiddenResponse({ description: 'Không phải thư ký của hội đồng · not the council’s secretary' })
  @ApiConflictResponse({ description: 'Hội đồng đã kết thúc · already closed' })
  @ApiUnprocessableEntityResponse({ description: 'Không đủ điều kiện họp, hoặc thiếu phiếu · no quorum, or ballots missing' })
  close(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: CloseCouncilDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<CloseCouncilView> {
    return this.service.close(id, dto, principal, languageOf(acceptLanguage));
  }
}
