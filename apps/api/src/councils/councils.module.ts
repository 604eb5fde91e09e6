import { Module } from '@nestjs/common';
import { CalendarModule } from '../calendar/calendar.module';
import { CastBallotController } from './cast-ballot/cast-ballot.controller';
import { CastBallotService } from './cast-ballot/cast-ballot.service';
import { CloseCouncilController } from './close-council/close-council.controller';
import { CloseCouncilService } from './close-council/close-council.service';
import { CouncilRosterController } from './council-roster/council-roster.controller';
import { CouncilRosterService } from './council-roster/council-roster.service';
import { ConveneCouncilController } from './convene-council/convene-council.controller';
import { ConveneCouncilService } from './convene-council/convene-council.service';
import { CouncilConvenedNotices } from './convene-council/council-convened-notices';
import { CouncilReader } from './council-reader.service';
import { GetCouncilController } from './get-council/get-council.controller';
import { ListCouncilsController } from './list-councils/list-councils.controller';
import { ListCouncilsService } from './list-councils/list-councils.service';
import { RecordAttendanceController } from './record-attendance/record-attendance.controller';

/** Councils: the roster and the caller's councils, convening, attendance, ballots, and the result computed by the council rules. */
@Module({
  imports: [CalendarModule],
  // The roster and list routes come before GET /councils/:id.
  controllers: [CouncilRosterController, ListCouncilsController, ConveneCouncilController, GetCouncilController, RecordAttendanceController, CastBallotController, CloseCouncilController],
  providers: [CouncilReader, CouncilRosterService, ListCouncilsService, ConveneCouncilService, CouncilConvenedNotices, CastBallotService, CloseCouncilService],
})
export class CouncilsModule {}
