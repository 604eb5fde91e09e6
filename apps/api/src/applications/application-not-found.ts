import { ProblemException } from '../problem/problem';

export function applicationNotFound(id: string): ProblemException {
  return new ProblemException(
    404,
    'application-not-found',
    { vi: 'Không tìm thấy hồ sơ', en: 'Application not found' },
    { vi: `Không có hồ sơ nào với mã ${id}.`, en: `There is no application with id ${id}.` },
  );
}
