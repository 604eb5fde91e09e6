import { Module } from '@nestjs/common';
import { CastBallotController } from './cast-ballot/cast-ballot.controller';
import { CastBallotService } from './cast-ballot/cast-ballot.service';
import { CloseCouncilController } from './close-council/close-council.controller';
import { CloseCouncilService } from './close-council/close-council.service';
import { ConveneCouncilController } from './convene-council/convene-council.controller';
import { ConveneCouncilService } from './convene-council/convene-council.service';
import { CouncilConvenedNotices } from './convene-council/council-convened-notices';
import { CouncilReader } from './council-reader.service';
import { GetCouncilController } from './get-council/get-council.controller';
import { RecordAttendanceController } from './record-attendance/record-attendance.controller';

/** Councils: convening, attendance, ballots, and the result computed by the council rules. */
@Module({
  controllers: [ConveneCouncilController, GetCouncilController, RecordAttendanceController, CastBallotController, CloseCouncilController],
  providers: [CouncilReader, ConveneCouncilService, CouncilConvenedNotices, CastBallotService, CloseCouncilService],
})
export class CouncilsModule {}
