import { Injectable, Logger } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { Client } from '@temporalio/client';
import { DataSource } from 'typeorm';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { BallotEntity } from '../../../../../libs/persistence/src/entities/councils/ballot.entity';
import type { CouncilConclusion } from '../../../../../workflows/support-application/messages';
import type { Language } from '../../problem/language';
import { recordCouncilEvent } from '../council-audit';
import { todayInVietnam } from '../../reference-data/today-in-vietnam';
import { councilClosed, councilNotYetMet, noQuorum, notCouncilSecretary } from '../council-problems';
import { CouncilReader } from '../council-reader.service';
import { CloseCouncilDto } from './close-council.dto';
import { CloseCouncilView } from './close-council.view';
import { computeConclusion } from './compute-conclusion';
import { deliverConclusion } from './deliver-conclusion';

/**
 * The secretary closes the meeting: the domain rules compute the result from the roll, the
 * attendance and the ballots; the result is stored with its audit entry in one transaction
 * (the council row is locked, so a second close waits and then finds it closed: 409). Only
 * after commit is the conclusion signalled to the case workflow, so the workflow never hears
 * of a result that was rolled back.
 */
@Injectable()
export class CloseCouncilService {
  private readonly logger = new Logger(CloseCouncilService.name);

  constructor(
    @InjectDataSource() private readonly dataSource: DataSource,
    private readonly reader: CouncilReader,
    private readonly temporal: Client,
  ) {}

  async close(id: string, dto: CloseCouncilDto, principal: Principal, language: Language): Promise<CloseCouncilView> {
    const { applicationId, conclusion } = await this.dataSource.transaction(async (manager) => {
      const loaded = await this.reader.readable(manager, id, principal, 'pessimistic_write');
      const { council, members } = loaded;
      if (!this.reader.may(principal, 'council.close', loaded) || council.secretaryUserId !== principal.userId) throw notCouncilSecretary(id);
      if (council.status !== 'convened') throw councilClosed(id);
      if (council.meetingDate !== null && todayInVietnam() < council.meetingDate) throw councilNotYetMet(id, council.meetingDate);
      const ballots = await manager.getRepository(BallotEntity).find({ where: { councilId: id } });
      const computed = computeConclusion({ council, members, ballots, ...(dto.approvedVnd !== undefined ? { approvedVnd: dto.approvedVnd } : {}) });
      if (computed.status === 'no-quorum') throw noQuorum(computed.quorum);
      const { result } = computed;
      const closedAt = new Date();
      await manager.query(
        `UPDATE councils SET status = 'closed', result = $2::jsonb, outcome = $3, closed_at = $5, closed_by = $4, updated_at = now(), version = version + 1 WHERE id = $1`,
        [id, JSON.stringify(result), result.outcome, principal.userId, closedAt],
      );
      await recordCouncilEvent(manager, {
        principal,
        role: 'council-secretary',
        action: 'council.closed',
        council,
        after: { status: 'closed', outcome: result.outcome },
        comment: result.explanation.vi,
      });
      const conclusion: CouncilConclusion = {
        councilId: id,
        kind: council.kind,
        outcome: result.outcome,
        detail: { ...result.detail, explanation: result.explanation },
        closedBy: { userId: principal.userId, username: principal.username },
        closedAt: closedAt.toISOString(),
      };
      return { applicationId: council.applicationId, conclusion };
    });

    const delivery = await deliverConclusion(this.temporal, applicationId, conclusion);
    if (delivery.delivered) {
      await this.dataSource.query(`UPDATE councils SET conclusion_delivered_at = now() WHERE id = $1`, [id]);
    } else if (delivery.reason === 'delivery-failed') {
      // The council is closed and its result stored; only the hand-over failed (Temporal unreachable).
      this.logger.warn(`Council ${id}: conclusion not delivered to application ${applicationId}: ${String(delivery.error)}`);
    }
    const manager = this.dataSource.manager;
    const council = await this.reader.view(manager, await this.reader.readable(manager, id, principal), principal, language);
    return Object.assign(new CloseCouncilView(), { delivered: delivery.delivered, council });
  }
}
