import { Inject, Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { UserEntity } from '../../../../../libs/persistence/src/entities/identity/user.entity';
import { badCredentials, TooManyLoginAttempts } from '../auth-problems';
import { LOGIN_ATTEMPT_LIMITER, LoginAttemptLimiter } from '../login-attempts/login-attempt-limiter';
import { hashForUnknownUser, verifyPassword } from '../password-hashing';
import { normalizeUsername } from '../principal-of-user';
import { SessionService } from '../sessions/session.service';
import { TokenPairView } from '../sessions/token-pair.view';
import { LoginDto } from './login.dto';

/**
 * Password sign-in. Unknown user, wrong password and disabled account answer alike (and take as
 * long), so the answer does not tell which usernames exist. Failures are throttled per
 * username and client address, and per address across usernames; accounts are never locked,
 * so nobody can lock a colleague out by guessing from elsewhere.
 */
@Injectable()
export class LoginService {
  constructor(
    @InjectRepository(UserEntity) private readonly users: Repository<UserEntity>,
    @Inject(LOGIN_ATTEMPT_LIMITER) private readonly limiter: LoginAttemptLimiter,
    private readonly sessions: SessionService,
  ) {}

  async login(dto: LoginDto, ip: string | undefined): Promise<TokenPairView> {
    const username = normalizeUsername(dto.username);
    const address = ip ?? 'unknown';
    const wait = await this.limiter.retryAfterSeconds(username, address);
    if (wait > 0) throw new TooManyLoginAttempts(wait);

    const user = await this.users.findOneBy({ username });
    const passwordMatches = await verifyPassword(user?.passwordHash ?? (await hashForUnknownUser()), dto.password);
    if (!user || !passwordMatches || !user.active) {
      await this.limiter.recordFailure(username, address);
      if (user) await this.users.increment({ id: user.id }, 'failedLogins', 1);
      throw badCredentials();
    }
    await this.limiter.reset(username, address);
    if (user.failedLogins !== 0) await this.users.update({ id: user.id }, { failedLogins: 0 });
    return this.sessions.open(user);
  }
}
