import { CanActivate, ExecutionContext, Injectable } from '@nestjs/common';
import { isUUID } from 'class-validator';
import type { AuthenticatedRequest } from '../../../auth/authenticated-request';
import { UploadPermission } from './upload-permission';

/**
 * Refuses a stranger (404) or a non-owner (403) before the body is read: guards run before
 * the upload interceptor, so nobody streams megabytes only to be told the case is not theirs.
 */
@Injectable()
export class CaseOwnerGuard implements CanActivate {
  constructor(private readonly permission: UploadPermission) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const id = request.params.id;
    // A malformed id is the route's ParseUUIDPipe to answer (400); no principal means a @Public misuse the handler reports.
    if (!request.principal || typeof id !== 'string' || !isUUID(id)) return true;
    await this.permission.ownCase(id, request.principal);
    return true;
  }
}
