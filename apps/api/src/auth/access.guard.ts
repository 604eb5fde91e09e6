import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { Response } from 'express';
import type { Action } from '../../../../libs/domain/src/identity/action';
import { assertCan } from '../../../../libs/domain/src/identity/can';
import { AccessTokenService } from './access-token/access-token.service';
import { missingAccessToken, revokedAccessToken } from './auth-problems';
import type { AuthenticatedRequest } from './authenticated-request';
import { IS_PUBLIC } from './public.decorator';
import { REQUIRED_ACTION } from './require-action.decorator';
import { SessionService } from './sessions/session.service';

/**
 * The global guard (APP_GUARD): every route needs a valid bearer token of an open session unless marked @Public();
 * a route's @RequireAction must be allowed by one of the caller's roles (the permission table).
 * Which *records* the caller may touch is decided by each use case with canView/canOn.
 */
@Injectable()
export class AccessGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly tokens: AccessTokenService,
    private readonly sessions: SessionService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const targets = [context.getHandler(), context.getClass()];
    if (this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, targets)) return true;

    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const token = bearerToken(request.headers.authorization);
    try {
      if (token === undefined) throw missingAccessToken();
      const { principal, sessionId } = this.tokens.verify(token);
      // A token outlives neither its session's sign-out nor a revoked family nor a disabled user.
      if (!(await this.sessions.isOpen(sessionId))) throw revokedAccessToken();
      request.principal = principal;
    } catch (error) {
      context.switchToHttp().getResponse<Response>().setHeader('WWW-Authenticate', token === undefined ? 'Bearer' : 'Bearer error="invalid_token"');
      throw error;
    }

    const action = this.reflector.getAllAndOverride<Action | undefined>(REQUIRED_ACTION, targets);
    if (action !== undefined) assertCan(request.principal, action);
    return true;
  }
}

function bearerToken(header: string | undefined): string | undefined {
  const match = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return match?.[1];
}
