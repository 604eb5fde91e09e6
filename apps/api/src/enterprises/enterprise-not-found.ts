import { ProblemException } from '../problem/problem';

/** Also the answer for an enterprise outside the caller's scope: its existence is not disclosed. */
export function enterpriseNotFound(id: string): ProblemException {
  return new ProblemException(
    404,
    'enterprise-not-found',
    { vi: 'Không tìm thấy doanh nghiệp', en: 'Enterprise not found' },
    { vi: `Không có doanh nghiệp nào với mã ${id} mà bạn được xem.`, en: `There is no enterprise with id ${id} that you may see.` },
  );
}
