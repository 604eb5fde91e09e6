import { SetMetadata } from '@nestjs/common';
import type { Action } from '../../../../libs/domain/src/identity/action';

export const REQUIRED_ACTION = 'nscl:requiredAction';

/** The action of the permission table (libs/domain/src/identity/permissions.ts) a route performs. */
export const RequireAction = (action: Action): MethodDecorator & ClassDecorator => SetMetadata(REQUIRED_ACTION, action);
