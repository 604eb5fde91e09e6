import type { Request } from 'express';
import type { Principal } from '../../../../libs/domain/src/identity/principal';

/** A request the access guard has let through; `principal` is absent only on @Public routes. */
export type AuthenticatedRequest = Request & { principal?: Principal };
