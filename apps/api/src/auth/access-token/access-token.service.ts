import { Inject, Injectable } from '@nestjs/common';
import { JwtService, TokenExpiredError } from '@nestjs/jwt';
import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { AUTH_OPTIONS, AuthOptions } from '../auth-options';
import { expiredAccessToken, invalidAccessToken } from '../auth-problems';
import { claimsOf, principalOfClaims } from './access-token-claims';

export const TOKEN_ISSUER = 'nscl';
export const TOKEN_AUDIENCE = 'nscl-api';

/** Signs and checks the short-lived bearer tokens (HS256 JWT). */
@Injectable()
export class AccessTokenService {
  constructor(
    private readonly jwt: JwtService,
    @Inject(AUTH_OPTIONS) private readonly options: AuthOptions,
  ) {}

  issue(principal: Principal): { accessToken: string; expiresIn: number } {
    const expiresIn = this.options.accessTokenTtlSeconds;
    return { accessToken: this.jwt.sign({ ...claimsOf(principal) }, { expiresIn }), expiresIn };
  }

  /** The principal of a valid token; a 401 problem for an expired, forged or foreign one. */
  verify(token: string): Principal {
    let payload: unknown;
    try {
      payload = this.jwt.verify(token);
    } catch (error) {
      throw error instanceof TokenExpiredError ? expiredAccessToken() : invalidAccessToken();
    }
    const principal = principalOfClaims(payload);
    if (!principal) throw invalidAccessToken();
    return principal;
  }
}
