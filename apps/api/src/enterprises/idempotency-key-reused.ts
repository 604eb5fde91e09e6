import { ProblemException } from '../problem/problem';

/** The same Idempotency-Key with a different body: a client bug, refused rather than guessed at. */
export function idempotencyKeyReused(key: string): ProblemException {
  return new ProblemException(
    422,
    'idempotency-key-reused',
    { vi: 'Idempotency-Key đã được dùng cho yêu cầu khác', en: 'Idempotency-Key reused for a different request' },
    {
      vi: `Khóa "${key}" đã được dùng với nội dung khác; hãy dùng khóa mới cho yêu cầu mới.`,
      en: `The key "${key}" was already used with a different body; use a new key for a new request.`,
    },
  );
}
