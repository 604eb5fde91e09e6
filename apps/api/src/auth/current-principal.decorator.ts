import { createParamDecorator, ExecutionContext } from '@nestjs/common';
import type { Principal } from '../../../../libs/domain/src/identity/principal';
import type { AuthenticatedRequest } from './authenticated-request';

/** The signed-in caller, as the access guard verified it. */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const { principal } = context.switchToHttp().getRequest<AuthenticatedRequest>();
  // A programming error (the decorator on a @Public route), not the caller's: answer 500.
  if (!principal) throw new Error('@CurrentPrincipal() used on a route the access guard does not protect');
  return principal;
});
