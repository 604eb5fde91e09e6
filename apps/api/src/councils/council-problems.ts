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

/** The meeting is too close for the papers to reach the members in time (process.md: ≥5 NLV, ≥7 NLV). */
export function meetingTooSoon(meetingDate: string, earliest: string, lead: { amount: number; unit: 'working' | 'calendar' }): ProblemException {
  const message = {
    vi: `Tài liệu phải gửi thành viên ít nhất ${days(lead, 'vi')} trước phiên họp; ngày họp sớm nhất là ${earliest}.`,
    en: `Papers must reach the members at least ${days(lead, 'en')} before the meeting; the earliest meeting date is ${earliest}.`,
  };
  return new ProblemException(
    422,
    'council-meeting-too-soon',
    { vi: 'Ngày họp quá sớm', en: 'Meeting date too soon' },
    { vi: `Ngày họp ${meetingDate} quá sớm. ${message.vi}`, en: `Meeting date ${meetingDate} is too soon. ${message.en}` },
    [{ field: 'meetingDate', message }],
  );
}

function days(lead: { amount: number; unit: 'working' | 'calendar' }, language: 'vi' | 'en'): string {
  if (language === 'vi') return lead.unit === 'working' ? `${lead.amount} ngày làm việc` : `${lead.amount} ngày`;
  const noun = lead.unit === 'working' ? 'working day' : 'day';
  return `${lead.amount} ${noun}${lead.amount === 1 ? '' : 's'}`;
}

/** A council is closed when it has sat, never before its meeting date. */
export function councilNotYetMet(id: string, meetingDate: string): ProblemException {
  return new ProblemException(
    409,
    'council-not-yet-met',
    { vi: 'Hội đồng chưa họp', en: 'Council has not met yet' },
    {
      vi: `Hội đồng ${id} họp ngày ${meetingDate}; chỉ kết thúc và kiểm phiếu từ ngày đó.`,
      en: `Council ${id} meets on ${meetingDate}; it can be closed from that day on.`,
    },
  );
}

/** Roster and council lists are for the people who sit on or run councils. */
export function councilsNotYours(): ProblemException {
  return new ProblemException(
    403,
    'councils-members-and-secretaries-only',
    { vi: 'Chỉ thành viên và thư ký hội đồng', en: 'Council members and secretaries only' },
    { vi: 'Danh sách này chỉ dành cho thành viên và thư ký hội đồng.', en: 'This list is for council members and secretaries.' },
  );
}
