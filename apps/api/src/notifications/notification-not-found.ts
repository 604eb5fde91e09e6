import { ProblemException } from '../problem/problem';

/** Also what someone else's notification looks like: its existence is not the caller's business. */
export function notificationNotFound(id: string): ProblemException {
  return new ProblemException(
    404,
    'notification-not-found',
    { vi: 'Không tìm thấy thông báo', en: 'Notification not found' },
    { vi: `Bạn không có thông báo nào với mã ${id}.`, en: `You have no notification with id ${id}.` },
  );
}
