import { Inject, Injectable } from '@nestjs/common';
import { InjectDataSource, InjectRepository } from '@nestjs/typeorm';
import { randomUUID } from 'node:crypto';
import { DataSource, EntityManager, IsNull, Repository } from 'typeorm';
import { RefreshTokenEntity } from '../../../../../libs/persistence/src/entities/identity/refresh-token.entity';
import { UserEntity } from '../../../../../libs/persistence/src/entities/identity/user.entity';
import { AccessTokenService } from '../access-token/access-token.service';
import { AUTH_OPTIONS, AuthOptions } from '../auth-options';
import { invalidRefreshToken, reusedRefreshToken } from '../auth-problems';
import { principalOfUser } from '../principal-of-user';
import { hashRefreshToken, newRefreshTokenSecret } from './refresh-token-secret';
import { TokenPairView } from './token-pair.view';

type Rotation = { kind: 'rotated'; user: UserEntity; sessionId: string; refreshToken: string } | { kind: 'unknown' | 'expired' | 'reused' | 'inactive' };

/**
 * A sign-in session is a family of refresh tokens. Each refresh revokes the token it spends and
 * issues the next; spending a revoked token again means two parties hold the family (theft), so
 * the whole family is revoked. Two concurrent refreshes with one token count as reuse too.
 */
@Injectable()
export class SessionService {
  constructor(
    private readonly accessTokens: AccessTokenService,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
    @InjectDataSource() private readonly dataSource: DataSource,
    @InjectRepository(RefreshTokenEntity) private readonly refreshTokens: Repository<RefreshTokenEntity>,
  ) {}

  /** A new session for a user who just proved who they are. */
  async open(user: UserEntity): Promise<TokenPairView> {
    const sessionId = randomUUID();
    const refreshToken = await this.insertToken(this.dataSource.manager, user.id, sessionId);
    return this.pair(user, sessionId, refreshToken);
  }

  /**
   * Whether a session still stands: not signed out, not revoked for reuse, its user active. One
   * indexed look-up per request, so a revocation takes effect at once in every API process.
   */
  async isOpen(sessionId: string): Promise<boolean> {
    const rows = await this.dataSource.query<unknown[]>(
      `SELECT 1 FROM refresh_tokens r JOIN users u ON u.id = r.user_id
        WHERE r.family_id = $1 AND r.revoked_at IS NULL AND r.expires_at > now() AND u.active LIMIT 1`,
      [sessionId],
    );
    return rows.length > 0;
  }

  /** Spends a refresh token for a new pair; the user row is re-read, so role and scope changes apply. */
  async rotate(refreshToken: string): Promise<TokenPairView> {
    const rotation = await this.dataSource.transaction(async (manager): Promise<Rotation> => {
      const row = await manager.getRepository(RefreshTokenEntity).findOne({ where: { tokenHash: hashRefreshToken(refreshToken) }, lock: { mode: 'pessimistic_write' } });
      if (!row) return { kind: 'unknown' };
      if (row.revokedAt !== null) {
        // Spent by a rotation before: someone else holds (or held) the family. Revoked by a
        // sign-out: the session is already closed, nothing more to protect.
        if (row.replacedBy === null) return { kind: 'unknown' };
        await this.revokeFamily(manager, row.familyId);
        return { kind: 'reused' };
      }
      if (row.expiresAt.getTime() <= Date.now()) return { kind: 'expired' };
      const user = await manager.getRepository(UserEntity).findOneBy({ id: row.userId });
      if (!user || !user.active) {
        await this.revokeFamily(manager, row.familyId);
        return { kind: 'inactive' };
      }
      const next = await this.insertToken(manager, user.id, row.familyId);
      await manager.getRepository(RefreshTokenEntity).update({ id: row.id }, { revokedAt: new Date(), replacedBy: next.id });
      return { kind: 'rotated', user, sessionId: row.familyId, refreshToken: next.token };
    });
    // Thrown after the commit: the family's revocation must stick even though the caller gets a 401.
    if (rotation.kind === 'reused') throw reusedRefreshToken();
    if (rotation.kind !== 'rotated') throw invalidRefreshToken();
    return this.pair(rotation.user, rotation.sessionId, { token: rotation.refreshToken });
  }

  /** Sign-out: the token's whole family stops working. Unknown tokens are ignored (nothing to close). */
  async close(refreshToken: string): Promise<void> {
    const row = await this.refreshTokens.findOneBy({ tokenHash: hashRefreshToken(refreshToken) });
    if (row) await this.revokeFamily(this.dataSource.manager, row.familyId);
  }

  private pair(user: UserEntity, sessionId: string, refreshToken: { token: string }): TokenPairView {
    const { accessToken, expiresIn } = this.accessTokens.issue(principalOfUser(user), sessionId);
    return Object.assign(new TokenPairView(), { accessToken, refreshToken: refreshToken.token, expiresIn, tokenType: 'Bearer' as const });
  }

  private async insertToken(manager: EntityManager, userId: string, familyId: string): Promise<{ id: string; token: string }> {
    const token = newRefreshTokenSecret();
    const id = randomUUID();
    await manager.getRepository(RefreshTokenEntity).insert({
      id,
      userId,
      familyId,
      tokenHash: hashRefreshToken(token),
      expiresAt: new Date(Date.now() + this.options.refreshTokenTtlSeconds * 1000),
      revokedAt: null,
      replacedBy: null,
    });
    return { id, token };
  }

  private async revokeFamily(manager: EntityManager, familyId: string): Promise<void> {
    await manager.getRepository(RefreshTokenEntity).update({ familyId, revokedAt: IsNull() }, { revokedAt: new Date() });
  }
}
