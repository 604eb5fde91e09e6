import { Body, Controller, Headers, Param, ParseUUIDPipe, Put } from '@nestjs/common';
import { ApiBearerAuth, ApiConflictResponse, ApiOkResponse, ApiOperation, ApiTags, ApiUnprocessableEntityResponse } from '@nestjs/swagger';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { evaluateQuorum, type CouncilCompositionRules, type QuorumRules } from '../../../../../libs/domain/src/councils';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { BallotEntity } from '../../../../../libs/persistence/src/entities/councils/ballot.entity';
import { CurrentPrincipal } from '../../auth/current-principal.decorator';
import { RequireAction } from '../../auth/require-action.decorator';
import { languageOf } from '../../problem/language';
import { absentMemberHasBallot, councilClosed, notCouncilSecretary } from '../council-problems';
import { CouncilReader } from '../council-reader.service';
import { domainMembers } from '../council-roll';
import { CouncilView } from '../council.view';
import { RecordAttendanceDto } from './record-attendance.dto';

/**
 * The secretary records who attended, before closing. Quorum is not required here (the view
 * says whether it is met); a member who already voted cannot be recorded absent, since the
 * rules count one ballot per member present.
 */
@ApiTags('councils')
@ApiBearerAuth()
@Controller('councils')
export class RecordAttendanceController {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CouncilReader,
  ) {}

  @Put(':id/attendance')
  @RequireAction('council.close')
  @ApiOperation({ summary: 'Điểm danh phiên họp · Record attendance' })
  @ApiOkResponse({ type: CouncilView })
  @ApiConflictResponse({ description: 'Hội đồng đã kết thúc · council closed' })
  @ApiUnprocessableEntityResponse({ description: 'Người không thuộc hội đồng, hoặc thành viên đã bỏ phiếu bị ghi vắng · not on the roll, or a voter marked absent' })
  async record(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Body() dto: RecordAttendanceDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('accept-language') acceptLanguage?: string,
  ): Promise<CouncilView> {
    await this.dataSource.transaction(async (manager) => {
      const loaded = await this.reader.readable(manager, id, principal, 'pessimistic_write');
      const { council, members } = loaded;
      if (!this.reader.may(principal, 'council.close', loaded) || council.secretaryUserId !== principal.userId) throw notCouncilSecretary(id);
      if (council.status !== 'convened') throw councilClosed(id);
      const attendance = { presentMemberIds: dto.presentUserIds, viceChairAuthorised: dto.viceChairAuthorised === true };
      // Checks every id is on the roll, once (the quorum itself may still be short).
      evaluateQuorum(domainMembers(members), attendance, council.rules as unknown as CouncilCompositionRules & QuorumRules);
      const present = new Set(dto.presentUserIds);
      const voters = (await manager.getRepository(BallotEntity).find({ where: { councilId: id }, select: { memberUserId: true } })).map((ballot) => ballot.memberUserId);
      const absentVoters = voters.filter((userId) => !present.has(userId));
      if (absentVoters.length > 0) throw absentMemberHasBallot(absentVoters);
      await manager.query(`UPDATE council_members SET present = (user_id = ANY ($2::uuid[])) WHERE council_id = $1`, [id, dto.presentUserIds]);
      await manager.query(`UPDATE councils SET vice_chair_authorised = $2, updated_at = now(), version = version + 1 WHERE id = $1`, [id, attendance.viceChairAuthorised]);
    });
    const manager = this.dataSource.manager;
    return this.reader.view(manager, await this.reader.readable(manager, id, principal), principal, languageOf(acceptLanguage));
  }
}
