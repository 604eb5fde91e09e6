import type { LocalizedText } from '../../../../libs/domain/src/errors/domain-error';
import { titleOf } from '../problem/http-problems';
import { ProblemException } from '../problem/problem';

const UNAUTHORIZED = titleOf(401);

function unauthorized(slug: string, detail: LocalizedText): ProblemException {
  return new ProblemException(401, slug, UNAUTHORIZED, detail);
}

export const missingAccessToken = (): ProblemException =>
  unauthorized('authentication-required', {
    vi: 'Cần đăng nhập: yêu cầu không mang mã truy cập (Authorization: Bearer …).',
    en: 'Sign-in required: the request carries no access token (Authorization: Bearer …).',
  });

export const expiredAccessToken = (): ProblemException =>
  unauthorized('access-token-expired', {
    vi: 'Mã truy cập đã hết hạn; hãy làm mới mã (POST /auth/refresh) hoặc đăng nhập lại.',
    en: 'The access token has expired; refresh it (POST /auth/refresh) or sign in again.',
  });

export const invalidAccessToken = (): ProblemException =>
  unauthorized('access-token-invalid', {
    vi: 'Mã truy cập không hợp lệ; hãy đăng nhập lại.',
    en: 'The access token is invalid; please sign in again.',
  });

export const revokedAccessToken = (): ProblemException =>
  unauthorized('session-ended', {
    vi: 'Phiên đăng nhập đã kết thúc (đã đăng xuất, bị thu hồi hoặc tài khoản bị khóa); hãy đăng nhập lại.',
    en: 'The session has ended (signed out, revoked or the account disabled); please sign in again.',
  });

export const badCredentials = (): ProblemException =>
  unauthorized('invalid-credentials', {
    vi: 'Tên đăng nhập hoặc mật khẩu không đúng.',
    en: 'Wrong username or password.',
  });

export const invalidRefreshToken = (): ProblemException =>
  unauthorized('refresh-token-invalid', {
    vi: 'Mã làm mới không hợp lệ hoặc đã hết hạn; hãy đăng nhập lại.',
    en: 'The refresh token is invalid or has expired; please sign in again.',
  });

export const reusedRefreshToken = (): ProblemException =>
  unauthorized('refresh-token-reused', {
    vi: 'Mã làm mới này đã được dùng trước đó. Để bảo vệ tài khoản, phiên đăng nhập đã bị đóng; hãy đăng nhập lại.',
    en: 'This refresh token was already used. To protect the account the session has been closed; please sign in again.',
  });

/** 429 for a username+IP that failed too often; carries the wait so the controller can send Retry-After. */
export class TooManyLoginAttempts extends ProblemException {
  constructor(readonly retryAfterSeconds: number) {
    const minutes = Math.max(1, Math.ceil(retryAfterSeconds / 60));
    super(429, 'too-many-login-attempts', titleOf(429), {
      vi: `Đăng nhập sai quá nhiều lần. Vui lòng thử lại sau khoảng ${minutes} phút.`,
      en: `Too many failed sign-in attempts. Please try again in about ${minutes} minute(s).`,
    });
  }
}
