import { Controller, Get, Headers, Query } from '@nestjs/common';
import { ApiBearerAuth, ApiForbiddenResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { PageOf, PageQueryDto, type Page } from '../../pagination';
import { languageOf } from '../../problem/language';
import { CouncilRosterService } from './council-roster.service';
import { RosterMemberView } from './roster-member.view';

@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils')
export class CouncilRosterController {
  constructor(private readonly service: CouncilRosterService) {}

  @Get('roster')
  @RequireAction('council.convene')
  @ApiOperation({ summary: 'Danh sách người có thể tham gia hội đồng của tỉnh · People who may sit on a council in the province' })
  @ApiOkResponse({ type: PageOf(RosterMemberView) })
  @ApiForbiddenResponse({ description: 'Chỉ thư ký hội đồng · council secretaries only' })
  roster(@Query() query: PageQueryDto, @CurrentPrincipal() principal: Principal, @Headers('accept-language') acceptLanguage?: string): Promise<Page<RosterMemberView>> {
    return this.service.roster(principal, query, languageOf(acceptLanguage));
  }
}
