import { Body, Controller, Headers, HttpCode, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConflictResponse, ApiCreatedResponse, ApiExtraModels, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse, getSchemaPath } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { CouncilView } from '../council.view';
import { CONVENE_SHAPES } from './convene-council-shapes';
import { ConveneCouncilDto } from './convene-council.dto';
import { ConveneCouncilService } from './convene-council.service';

@ApiTags('councils')
@ApiBearerAuth()
@ApiExtraModels(...Object.values(CONVENE_SHAPES))
@Controller('councils')
export class ConveneCouncilController {
  constructor(private readonly service: ConveneCouncilService) {}

  @Post()
  @HttpCode(201)
  @RequireAction('council.convene')
  @ApiOperation({ summary: 'Thành lập hội đồng cho hồ sơ · Convene a council for an application' })
  @ApiBody({
    description: 'Thành phần và dữ liệu theo loại hội đồng · roll and the data of the council’s kind',
    schema: {
      oneOf: Object.values(CONVENE_SHAPES).map((shape) => ({ $ref: getSchemaPath(shape) })),
      discriminator: { propertyName: 'kind', mapping: Object.fromEntries(Object.entries(CONVENE_SHAPES).map(([kind, shape]) => [kind, getSchemaPath(shape)])) },
    },
  })
  @ApiCreatedResponse({ type: CouncilView })
  @ApiNotFoundResponse({ description: 'Không tìm thấy hồ sơ trong phạm vi · no such application in scope' })
  @ApiUnprocessableEntityResponse({ description: 'Thành phần hội đồng không đúng quy định · roll breaks the council rules' })
  @ApiConflictResponse({ description: 'Hồ sơ đã có hội đồng loại này đang họp · an open council of this kind exists' })
  convene(@Body() dto: ConveneCouncilDto, @CurrentPrincipal() principal: Principal, @Headers('accept-language') acceptLanguage?: string): Promise<CouncilView> {
    return this.service.convene(dto, principal, languageOf(acceptLanguage));
  }
}
