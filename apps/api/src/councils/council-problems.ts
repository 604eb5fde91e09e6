import type { QuorumResult } from '../../../../libs/domain/src/councils';
import { ProblemException } from '../problem/problem';

export function councilNotFound(id: string): ProblemException {
  return new ProblemException(
    404,
    'council-not-found',
    { vi: 'Không tìm thấy hội đồng', en: 'Council not found' },
    { vi: `Không có hội đồng nào với mã ${id} mà bạn được xem.`, en: `There is no council ${id} you can see.` },
  );
}

/** Ballots and attendance are frozen once the result is computed. */
export function councilClosed(id: string): ProblemException {
  return new ProblemException(
    409,
    'council-closed',
    { vi: 'Hội đồng đã kết thúc', en: 'Council already closed' },
    { vi: `Hội đồng ${id} đã kết thúc phiên họp và có kết quả; không thể thay đổi.`, en: `Council ${id} is closed and has its result; it can no longer change.` },
  );
}

export function notCouncilSecretary(id: string): ProblemException {
  return new ProblemException(
    403,
    'council-secretary-only',
    { vi: 'Chỉ thư ký của hội đồng', en: 'The council’s secretary only' },
    { vi: `Chỉ thư ký đã thành lập hội đồng ${id} mới được thực hiện thao tác này.`, en: `Only the secretary who convened council ${id} may do this.` },
  );
}

export function notOnCouncil(id: string): ProblemException {
  return new ProblemException(
    403,
    'council-members-only',
    { vi: 'Chỉ thành viên hội đồng', en: 'Council members only' },
    { vi: `Bạn không phải thành viên hội đồng ${id}.`, en: `You are not a member of council ${id}.` },
  );
}

export function memberAbsent(id: string): ProblemException {
  return new ProblemException(
    422,
    'council-member-absent',
    { vi: 'Thành viên vắng mặt', en: 'Member recorded absent' },
    {
      vi: `Bạn được ghi nhận vắng mặt tại phiên họp của hội đồng ${id} nên không thể bỏ phiếu; thư ký cần cập nhật danh sách có mặt.`,
      en: `You are recorded absent from the meeting of council ${id} and cannot vote; the secretary must update the attendance.`,
    },
  );
}

export function absentMemberHasBallot(userIds: readonly string[]): ProblemException {
  return new ProblemException(
    422,
    'council-absent-member-has-ballot',
    { vi: 'Thành viên đã bỏ phiếu', en: 'Member already voted' },
    {
      vi: `Không thể ghi vắng mặt thành viên đã bỏ phiếu: ${userIds.join(', ')}.`,
      en: `Members who already voted cannot be recorded absent: ${userIds.join(', ')}.`,
    },
  );
}

export function openCouncilExists(applicationId: string, kind: string): ProblemException {
  return new ProblemException(
    409,
    'council-already-convened',
    { vi: 'Hội đồng đã được thành lập', en: 'Council already convened' },
    {
      vi: `Hồ sơ ${applicationId} đã có hội đồng loại "${kind}" đang họp; hãy kết thúc hội đồng đó trước.`,
      en: `Application ${applicationId} already has an open "${kind}" council; close it first.`,
    },
  );
}

/** Closing without a quorum: what is missing, from the domain's own explanation. */
export function noQuorum(quorum: QuorumResult): ProblemException {
  return new ProblemException(
    422,
    'council-no-quorum',
    { vi: 'Hội đồng không đủ điều kiện họp', en: 'No quorum' },
    quorum.explanation,
    quorum.shortfalls.map((shortfall) => ({ field: 'attendance', message: shortfall.text })),
  );
}
