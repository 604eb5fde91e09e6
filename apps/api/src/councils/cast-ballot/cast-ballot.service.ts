import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { recordCouncilEvent } from '../council-audit';
import { councilClosed, memberAbsent, notOnCouncil } from '../council-problems';
import { CouncilReader } from '../council-reader.service';
import { ballotPayload } from './ballot-payload';
import { BallotView } from './ballot.view';
import { CastBallotDto } from './cast-ballot.dto';

/**
 * A member present at the meeting casts their ballot. A member may replace it until the council
 * closes (a ballot is a draft of their sheet until the secretary counts); the audit trail keeps
 * every cast, without its content, so the case timeline does not reveal votes before the result.
 */
@Injectable()
export class CastBallotService {
  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CouncilReader,
  ) {}

  async cast(councilId: string, dto: CastBallotDto, principal: Principal): Promise<BallotView> {
    return this.dataSource.transaction(async (manager) => {
      // A shared lock: ballots may be cast side by side, but not while the council is being closed.
      const loaded = await this.reader.readable(manager, councilId, principal, 'pessimistic_read');
      const { council, members } = loaded;
      const seat = members.find((member) => member.userId === principal.userId);
      if (!seat || !this.reader.may(principal, 'council.ballot', loaded)) throw notOnCouncil(councilId);
      if (council.status !== 'convened') throw councilClosed(councilId);
      if (!seat.present) throw memberAbsent(councilId);
      const payload = ballotPayload(council, dto);
      const [row] = await manager.query<{ cast_at: Date; replaced: boolean }[]>(
        `INSERT INTO ballots (council_id, member_user_id, payload, cast_at) VALUES ($1, $2, $3::jsonb, now())
         ON CONFLICT (council_id, member_user_id) DO UPDATE SET payload = EXCLUDED.payload, cast_at = EXCLUDED.cast_at
         RETURNING cast_at, (xmax <> 0) AS replaced`,
        [councilId, principal.userId, JSON.stringify(payload)],
      );
      await recordCouncilEvent(manager, {
        principal,
        role: 'council-member',
        action: 'council.ballot-cast',
        council,
        after: { memberUserId: principal.userId, replaced: row.replaced },
      });
      return Object.assign(new BallotView(), { councilId, memberUserId: principal.userId, payload, castAt: new Date(row.cast_at).toISOString(), replaced: row.replaced });
    });
  }
}
