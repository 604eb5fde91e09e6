import { Injectable } from '@nestjs/common';
import { EntityManager, In } from 'typeorm';
import type { Principal } from '../../../../libs/domain/src/identity/principal';
import type { Action } from '../../../../libs/domain/src/identity/action';
import { BallotEntity } from '../../../../libs/persistence/src/entities/councils/ballot.entity';
import { CouncilEntity } from '../../../../libs/persistence/src/entities/councils/council.entity';
import { CouncilMemberEntity } from '../../../../libs/persistence/src/entities/councils/council-member.entity';
import { UserEntity } from '../../../../libs/persistence/src/entities/identity/user.entity';
import type { Language } from '../problem/language';
import { councilNotFound } from './council-problems';
import { mayActOn } from './council-roll';
import { CouncilView } from './council.view';

export interface LoadedCouncil {
  council: CouncilEntity;
  members: CouncilMemberEntity[];
}

/** Row lock taken on the council: writes that must not interleave with closing lock it. */
export type CouncilLock = 'pessimistic_read' | 'pessimistic_write';

/** Loads a council with its roll, checks the caller may see it, and builds its view. */
@Injectable()
export class CouncilReader {
  /** The council and its roll, or 404 when it does not exist or the caller may not read it (existence is not revealed). */
  async readable(manager: EntityManager, id: string, principal: Principal, lock?: CouncilLock): Promise<LoadedCouncil> {
    const council = await manager.getRepository(CouncilEntity).findOne({ where: { id }, ...(lock ? { lock: { mode: lock } } : {}) });
    if (!council) throw councilNotFound(id);
    const members = await this.roll(manager, id);
    if (!mayActOn(principal, 'council.read', council, members)) throw councilNotFound(id);
    return { council, members };
  }

  /** Whether the caller may do `action` on a council they can read. */
  may(principal: Principal, action: Action, loaded: LoadedCouncil): boolean {
    return mayActOn(principal, action, loaded.council, loaded.members);
  }

  async roll(manager: EntityManager, councilId: string): Promise<CouncilMemberEntity[]> {
    return manager.getRepository(CouncilMemberEntity).find({ where: { councilId } });
  }

  async view(manager: EntityManager, loaded: LoadedCouncil, principal: Principal, language: Language): Promise<CouncilView> {
    const { council, members } = loaded;
    const users = await manager.getRepository(UserEntity).find({ where: { id: In(members.map((member) => member.userId)) }, select: { id: true, username: true, displayName: true } });
    const people = new Map(users.map((user) => [user.id, { username: user.username, displayName: user.displayName }]));
    const ballots = await manager.getRepository(BallotEntity).find({ where: { councilId: council.id } });
    return CouncilView.of(council, members, people, ballots, principal.userId, language);
  }
}
