/** How sign-in behaves; everything but the secret has a default fit for production. */
export interface AuthOptions {
  /** HS256 key of the access tokens (JWT_SECRET). */
  readonly jwtSecret: string;
  /** Access tokens are short-lived: roles and scope changes reach a session within this time. */
  readonly accessTokenTtlSeconds: number;
  /** Each refresh token lives this long from its own issue (a session used at least monthly stays open). */
  readonly refreshTokenTtlSeconds: number;
  /** Failed sign-ins allowed per username and client address within the window. */
  readonly loginFailureLimit: number;
  /** Failed sign-ins allowed per client address across usernames within the window (password spraying). */
  readonly loginFailuresPerAddressLimit: number;
  readonly loginFailureWindowSeconds: number;
}

export type AuthTuning = Partial<Omit<AuthOptions, 'jwtSecret'>>;

export const AUTH_OPTIONS = Symbol('AUTH_OPTIONS');

export const DEFAULT_AUTH_TUNING: Required<AuthTuning> = {
  accessTokenTtlSeconds: 15 * 60,
  refreshTokenTtlSeconds: 30 * 24 * 60 * 60,
  loginFailureLimit: 5,
  // An office behind one address may mistype often; a sprayer tries far more names than this.
  loginFailuresPerAddressLimit: 30,
  loginFailureWindowSeconds: 15 * 60,
};

export function authOptions(jwtSecret: string, tuning: AuthTuning = {}): AuthOptions {
  if (!jwtSecret) throw new Error('The JWT secret must not be empty');
  return { ...DEFAULT_AUTH_TUNING, ...tuning, jwtSecret };
}
