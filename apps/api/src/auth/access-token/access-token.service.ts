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

  issue(principal: Principal, sessionId: string): { accessToken: string; expiresIn: number } {
    const expiresIn = this.options.accessTokenTtlSeconds;
    return { accessToken: this.jwt.sign({ ...claimsOf(principal, sessionId) }, { expiresIn }), expiresIn };
  }

  /** The principal and session of a well-signed token; a 401 problem for an expired, forged or foreign one. */
  verify(token: string): { principal: Principal; sessionId: string } {
    let payload: unknown;
    try {
      payload = this.jwt.verify(token);
    } catch (error) {
      throw error instanceof TokenExpiredError ? expiredAccessToken() : invalidAccessToken();
    }
    const verified = principalOfClaims(payload);
    if (!verified) throw invalidAccessToken();
    return verified;
  }
}
