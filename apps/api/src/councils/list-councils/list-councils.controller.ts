import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { PageOf, type Page } from '../../pagination';
import { languageOf } from '../../problem/language';
import { CouncilSummaryView } from './council-summary.view';
import { ListCouncilsQuery } from './list-councils.query';
import { ListCouncilsService } from './list-councils.service';

@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils')
export class ListCouncilsController {
  constructor(private readonly service: ListCouncilsService) {}

  @Get()
  @RequireAction('council.read')
  @ApiOperation({ summary: 'Hội đồng của tôi (thành viên, thư ký) · The caller’s councils (member, secretary)' })
  @ApiOkResponse({ type: PageOf(CouncilSummaryView) })
  @ApiForbiddenResponse({ description: 'Chỉ thành viên và thư ký hội đồng · council members and secretaries only' })
  list(@Query() query: ListCouncilsQuery, @CurrentPrincipal() principal: Principal, @Headers('accept-language') acceptLanguage?: string): Promise<Page<CouncilSummaryView>> {
    return this.service.list(principal, query, languageOf(acceptLanguage));
  }
}
