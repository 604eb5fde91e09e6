import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiCreatedResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { CouncilView } from '../council.view';
import { ConveneCouncilDto } from './convene-council.dto';
import { ConveneCouncilService } from './convene-council.service';

@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils')
export class ConveneCouncilController {
  constructor(private readonly service: ConveneCouncilService) {}

  @Post()
  @HttpCode(201)
  @RequireAction('council.convene')
  @ApiOperation({ summary: 'Thành lập hội đồng cho hồ sơ · Convene a council for an application' })
  @ApiCreatedResponse({ type: CouncilView })
  @ApiNotFoundResponse({ description: 'Không tìm thấy hồ sơ trong phạm vi · no such application in scope' })
  @ApiUnprocessableEntityResponse({ description: 'Thành phần hội đồng không đúng quy định · roll breaks the council rules' })
  @ApiConflictResponse({ description: 'Hồ sơ đã có hội đồng loại này đang họp · an open council of this kind exists' })
  convene(@Body() dto: ConveneCouncilDto, @CurrentPrincipal() principal: Principal, @Headers('accept-language') acceptLanguage?: string): Promise<CouncilView> {
    return this.service.convene(dto, principal, languageOf(acceptLanguage));
  }
}
