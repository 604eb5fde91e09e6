import { Body, Controller, HttpCode, Param, ParseUUIDPipe, Post } from '@nestjs/common';
import { ApiBearerAuth, ApiBody, ApiConflictResponse, ApiExtraModels, ApiCreatedResponse, ApiForbiddenResponse, ApiNotFoundResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse, getSchemaPath } from '@nestjs/swagger';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { BALLOT_SHAPES } from './ballot-shapes';
import { BallotView } from './ballot.view';
import { CastBallotDto } from './cast-ballot.dto';
import { CastBallotService } from './cast-ballot.service';

@ApiTags('councils')
@ApiBearerAuth()
@ApiExtraModels(...BALLOT_SHAPES)
@Controller('councils')
export class CastBallotController {
  constructor(private readonly service: CastBallotService) {}

  @Post(':id/ballots')
  @HttpCode(201)
  @RequireAction('council.ballot')
  @ApiOperation({ summary: 'Bỏ phiếu, chấm điểm (thay phiếu cũ đến khi kết thúc) · Cast a ballot (replaces an earlier one until closing)' })
  @ApiBody({
    description: 'Phiếu theo loại hội đồng · the ballot of the council’s kind',
    schema: {
      oneOf: BALLOT_SHAPES.map((shape) => ({ $ref: getSchemaPath(shape) })),
      discriminator: {
        propertyName: 'kind',
        mapping: {
          identification: getSchemaPath(BALLOT_SHAPES[0]),
          selection: getSchemaPath(BALLOT_SHAPES[1]),
          'budget-appraisal': getSchemaPath(BALLOT_SHAPES[2]),
          acceptance: getSchemaPath(BALLOT_SHAPES[3]),
        },
      },
    },
  })
  @ApiCreatedResponse({ type: BallotView })
  @ApiNotFoundResponse({ description: 'Không phải hội đồng của người gọi · not the caller’s council' })
  @ApiForbiddenResponse({ description: 'Không phải thành viên · not a member' })
  @ApiConflictResponse({ description: 'Hội đồng đã kết thúc · council closed' })
  @ApiUnprocessableEntityResponse({ description: 'Phiếu không hợp lệ, hoặc thành viên vắng mặt · invalid ballot, or member absent' })
  cast(@Param('id', new ParseUUIDPipe()) id: string, @Body() dto: CastBallotDto, @CurrentPrincipal() principal: Principal): Promise<BallotView> {
    return this.service.cast(id, dto, principal);
  }
}
