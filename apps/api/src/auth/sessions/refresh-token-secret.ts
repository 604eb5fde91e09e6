import { createHash, randomBytes } from 'node:crypto';

/** An opaque refresh token: 256 random bits, URL-safe. */
export function newRefreshTokenSecret(): string {
  return randomBytes(32).toString('base64url');
}

/** What the database keeps instead of the token. */
export function hashRefreshToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
