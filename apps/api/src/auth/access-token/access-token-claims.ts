import type { Principal } from '../../../../../libs/domain/src/identity/principal';
import { isRole, Role } from '../../../../../libs/domain/src/identity/role';

/** What an access token says about its holder: exactly what builds a Principal (no personal data beyond the username). */
export interface AccessTokenClaims {
  readonly sub: string;
  readonly typ: 'access';
  /** The sign-in session (refresh-token family): the token dies with it. */
  readonly sid: string;
  readonly username: string;
  readonly roles: readonly Role[];
  readonly provinceCode: string | null;
  readonly departmentCode?: string;
  readonly enterpriseId?: string;
  readonly councilIds: readonly string[];
  readonly isUnitHead?: true;
  readonly isApprover?: true;
}

export function claimsOf(principal: Principal, sessionId: string): AccessTokenClaims {
  return {
    sub: principal.userId,
    typ: 'access',
    sid: sessionId,
    username: principal.username,
    roles: [...principal.roles],
    provinceCode: principal.provinceCode,
    ...(principal.departmentCode !== undefined ? { departmentCode: principal.departmentCode } : {}),
    ...(principal.enterpriseId !== undefined ? { enterpriseId: principal.enterpriseId } : {}),
    councilIds: [...principal.councilIds],
    ...(principal.isUnitHead ? { isUnitHead: true } : {}),
    ...(principal.isApprover ? { isApprover: true } : {}),
  };
}

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const isOptionalString = (value: unknown): boolean => value === undefined || isString(value);
const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every(isString);

/**
 * The principal and session of a verified token's payload, or undefined when the payload is not one of ours
 * (a signed token of another kind, or of an older shape): the signature alone does not make it an access token.
 */
export function principalOfClaims(payload: unknown): { principal: Principal; sessionId: string } | undefined {
  if (payload === null || typeof payload !== 'object') return undefined;
  const claims = payload as Record<string, unknown>;
  if (claims.typ !== 'access' || !isString(claims.sub) || !isString(claims.username) || !isString(claims.sid)) return undefined;
  if (!Array.isArray(claims.roles) || claims.roles.length === 0 || !claims.roles.every(isRole)) return undefined;
  if (claims.provinceCode !== null && !isString(claims.provinceCode)) return undefined;
  if (!isOptionalString(claims.departmentCode) || !isOptionalString(claims.enterpriseId) || !isStringArray(claims.councilIds)) return undefined;
  const principal: Principal = {
    userId: claims.sub,
    username: claims.username,
    roles: claims.roles as Role[],
    provinceCode: claims.provinceCode as string | null,
    ...(claims.departmentCode !== undefined ? { departmentCode: claims.departmentCode as string } : {}),
    ...(claims.enterpriseId !== undefined ? { enterpriseId: claims.enterpriseId as string } : {}),
    councilIds: claims.councilIds,
    ...(claims.isUnitHead === true ? { isUnitHead: true } : {}),
    ...(claims.isApprover === true ? { isApprover: true } : {}),
  };
  return { principal, sessionId: claims.sid };
}
