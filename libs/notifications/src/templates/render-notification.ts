import type { LocalizedText } from '../../../domain/src/errors/domain-error';
import { endOfVietnamDay } from '../../../domain/src/deadlines/vietnam-time';
import type { NotificationMessage, NotificationSubject } from '../notification-message';
import { formatDate, formatDueDate } from './vietnamese-date';

export interface RenderedNotification {
  title: LocalizedText;
  body: LocalizedText;
  /** The deadline the notification is about, stored in notifications.due_at; null when it has none. */
  dueAt: string | null;
}

const SUBJECT_NAMES: Readonly<Record<string, LocalizedText>> = {
  application: { vi: 'hồ sơ', en: 'application' },
  'pilot-model': { vi: 'mô hình điểm', en: 'pilot model' },
  council: { vi: 'hội đồng', en: 'council' },
  plan: { vi: 'kế hoạch', en: 'plan' },
  task: { vi: 'công việc', en: 'task' },
  enterprise: { vi: 'doanh nghiệp', en: 'enterprise' },
  'department-report': { vi: 'báo cáo', en: 'report' },
};

/** `hồ sơ "Nâng cao năng suất …"` · `application "…"`; empty when there is no subject. */
function subjectPhrase(subject: NotificationSubject | undefined): LocalizedText | undefined {
  if (!subject) return undefined;
  const name = SUBJECT_NAMES[subject.type] ?? { vi: subject.type, en: subject.type };
  const label = `"${subject.label ?? subject.id}"`;
  return { vi: `${name.vi} ${label}`, en: `${name.en} ${label}` };
}

/** ` của hồ sơ "X"` · ` of application "X"`, or nothing. */
function ofSubject(subject: NotificationSubject | undefined): LocalizedText {
  const phrase = subjectPhrase(subject);
  return phrase ? { vi: ` của ${phrase.vi}`, en: ` of ${phrase.en}` } : { vi: '', en: '' };
}

function workingDays(n: number): LocalizedText {
  return { vi: `${n} ngày làm việc`, en: `${n} working day${n === 1 ? '' : 's'}` };
}

/** 'Hội đồng …' reads 'hội đồng …' inside a sentence. */
const lowerFirst = (text: string): string => text.charAt(0).toLocaleLowerCase('vi') + text.slice(1);

/** An optional sentence: the text with a leading space, or nothing. */
const sentence = (text: string | undefined): string => (text ? ` ${text}` : '');

/**
 * Words for a notification, Vietnamese first with the English alternative. Pure: the same
 * message always gives the same text, so a retried activity stores exactly what the first did.
 */
export function renderNotification(message: NotificationMessage, subject?: NotificationSubject): RenderedNotification {
  const of = ofSubject(subject);
  switch (message.kind) {
    case 'reminder': {
      const due = formatDueDate(message.dueAt);
      const left = workingDays(message.workingDaysLeft);
      return {
        title: { vi: `Nhắc hạn: còn ${left.vi} – ${message.step.vi}`, en: `Reminder: ${left.en} left – ${message.step.en}` },
        body: {
          vi: `Bước "${message.step.vi}"${of.vi} cần được xử lý trước hạn ${due.vi} (còn ${left.vi}).`,
          en: `The step "${message.step.en}"${of.en} is due on ${due.en} (${left.en} left).`,
        },
        dueAt: message.dueAt,
      };
    }
    case 'due-today': {
      const due = formatDueDate(message.dueAt);
      return {
        title: { vi: `Đến hạn hôm nay – ${message.step.vi}`, en: `Due today – ${message.step.en}` },
        body: {
          vi: `Hôm nay, ${due.vi}, là ngày cuối cùng để xử lý bước "${message.step.vi}"${of.vi}.`,
          en: `Today, ${due.en}, is the last day for the step "${message.step.en}"${of.en}.`,
        },
        dueAt: message.dueAt,
      };
    }
    case 'escalation': {
      const due = formatDueDate(message.dueAt);
      const late = workingDays(message.overdueWorkingDays);
      const assignee = message.assigneeName;
      return {
        title: { vi: `Quá hạn ${late.vi} – ${message.step.vi}`, en: `Overdue by ${late.en} – ${message.step.en}` },
        body: {
          vi: `Bước "${message.step.vi}"${of.vi} đã quá hạn ${due.vi} ${late.vi}${assignee ? ` (người xử lý: ${assignee})` : ''}. Đề nghị chỉ đạo xử lý.`,
          en: `The step "${message.step.en}"${of.en} passed its due date, ${due.en}, ${late.en} ago${assignee ? ` (assigned to ${assignee})` : ''}. Please see that it is dealt with.`,
        },
        dueAt: message.dueAt,
      };
    }
    case 'decision':
      return {
        title: { vi: `Kết quả: ${message.outcome.vi} – ${message.step.vi}`, en: `Decision: ${message.outcome.en} – ${message.step.en}` },
        body: {
          vi: `Bước "${message.step.vi}"${of.vi} đã có kết quả: ${message.outcome.vi}.${sentence(message.comment && `Ý kiến: ${message.comment}`)}`,
          en: `The step "${message.step.en}"${of.en} has been decided: ${message.outcome.en}.${sentence(message.comment && `Comment: ${message.comment}`)}`,
        },
        dueAt: null,
      };
    case 'task-cancelled':
      return {
        title: { vi: `Công việc đã hủy – ${message.step.vi}`, en: `Task cancelled – ${message.step.en}` },
        body: {
          vi: `Công việc của bạn ở bước "${message.step.vi}"${of.vi} đã được hủy: ${message.decidedBy} đã quyết định "${message.outcome.vi}" cho bước này, bạn không cần xử lý nữa.${sentence(message.comment && `Ý kiến: ${message.comment}`)}`,
          en: `Your task at the step "${message.step.en}"${of.en} has been cancelled: ${message.decidedBy} decided "${message.outcome.en}" for the step, so nothing more is needed from you.${sentence(message.comment && `Comment: ${message.comment}`)}`,
        },
        dueAt: null,
      };
    case 'supplement-requested': {
      const due = message.dueAt ? formatDueDate(message.dueAt) : undefined;
      const what = subjectPhrase(subject) ?? { vi: 'hồ sơ', en: 'the application' };
      return {
        title: { vi: `Yêu cầu bổ sung hồ sơ – ${message.step.vi}`, en: `Supplement requested – ${message.step.en}` },
        body: {
          vi:
            `Cơ quan xử lý đề nghị bổ sung ${what.vi} ở bước "${message.step.vi}".` +
            sentence(message.reason && `Nội dung cần bổ sung: ${message.reason}`) +
            sentence(due && `Vui lòng bổ sung trước hết ngày ${due.vi}.`) +
            ' Thời hạn giải quyết tạm dừng cho đến khi nhận được hồ sơ bổ sung.',
          en:
            `The office asks for more information on ${what.en} at the step "${message.step.en}".` +
            sentence(message.reason && `What is needed: ${message.reason}`) +
            sentence(due && `Please reply by the end of ${due.en}.`) +
            ' The time limit is paused until the supplement arrives.',
        },
        dueAt: message.dueAt ?? null,
      };
    }
    case 'deadline-changed': {
      const due = formatDueDate(message.dueAt);
      const previous = message.previousDueAt ? formatDueDate(message.previousDueAt) : undefined;
      return {
        title: { vi: `Thay đổi hạn xử lý – ${message.step.vi}`, en: `Deadline changed – ${message.step.en}` },
        body: {
          vi: `Hạn xử lý bước "${message.step.vi}"${of.vi} nay là ${due.vi}${previous ? ` (trước đây: ${previous.vi})` : ''}.${sentence(message.reason && `Lý do: ${message.reason}`)}`,
          en: `The step "${message.step.en}"${of.en} is now due on ${due.en}${previous ? ` (was ${previous.en})` : ''}.${sentence(message.reason && `Reason: ${message.reason}`)}`,
        },
        dueAt: message.dueAt,
      };
    }
    case 'yearly-report': {
      const due = formatDueDate(message.dueAt);
      return message.overdue
        ? {
            title: { vi: `Quá hạn nộp báo cáo năm ${message.year}`, en: `Yearly report ${message.year} overdue` },
            body: {
              vi: `Đơn vị chưa gửi báo cáo kết quả thực hiện năm ${message.year} về Sở Khoa học và Công nghệ; hạn nộp là ${due.vi}. Đề nghị gửi ngay.`,
              en: `Your unit has not sent its ${message.year} yearly report to the Department of Science and Technology; it was due on ${due.en}. Please send it now.`,
            },
            dueAt: message.dueAt,
          }
        : {
            title: { vi: `Nhắc nộp báo cáo năm ${message.year} – hạn ${due.vi}`, en: `Yearly report ${message.year} – due ${due.en}` },
            body: {
              vi: `Đề nghị đơn vị gửi báo cáo kết quả thực hiện năm ${message.year} về Sở Khoa học và Công nghệ chậm nhất ${due.vi}.`,
              en: `Please send your unit's ${message.year} yearly report to the Department of Science and Technology by ${due.en}.`,
            },
            dueAt: message.dueAt,
          };
    }
    case 'certificate-expiry': {
      const expires = formatDate(message.expiresOn);
      return {
        title: { vi: `Chứng nhận sắp hết hiệu lực: ${message.certificate}`, en: `Certificate expiring: ${message.certificate}` },
        body: {
          vi: `Chứng nhận "${message.certificate}"${of.vi} hết hiệu lực vào ${expires.vi}. Đề nghị chuẩn bị đánh giá chứng nhận lại.`,
          en: `The certificate "${message.certificate}"${of.en} expires on ${expires.en}. Please prepare for recertification.`,
        },
        dueAt: new Date(endOfVietnamDay(message.expiresOn)).toISOString(),
      };
    }
    case 'task-assigned': {
      const due = message.dueAt ? formatDueDate(message.dueAt) : undefined;
      return {
        title: message.reassigned
          ? { vi: `Được giao xử lý – ${message.step.vi}`, en: `Task reassigned to you – ${message.step.en}` }
          : { vi: `Việc mới – ${message.step.vi}`, en: `New task – ${message.step.en}` },
        body: {
          vi: `Bước "${message.step.vi}"${of.vi} đã chuyển đến hộp việc của bạn. ${due ? `Hạn xử lý: ${due.vi}.` : 'Bước này không có thời hạn.'}`,
          en: `The step "${message.step.en}"${of.en} is now in your inbox. ${due ? `Due on ${due.en}.` : 'This step has no time limit.'}`,
        },
        dueAt: message.dueAt ?? null,
      };
    }
    case 'council-convened': {
      const on = message.meetingDate ? formatDate(message.meetingDate) : undefined;
      return {
        title: { vi: `Triệu tập ${lowerFirst(message.council.vi)}${on ? ` – họp ${on.vi}` : ''}`, en: `Convened: ${message.council.en}${on ? ` – meets ${on.en}` : ''}` },
        body: {
          vi: `Bạn có tên trong ${lowerFirst(message.council.vi)}${of.vi}. ${on ? `Phiên họp ngày ${on.vi}.` : 'Ngày họp sẽ được thông báo sau.'} Vui lòng xem tài liệu và bỏ phiếu đánh giá.`,
          en: `You sit on the ${message.council.en}${of.en}. ${on ? `It meets on ${on.en}.` : 'The meeting date will follow.'} Please read the papers and cast your ballot.`,
        },
        dueAt: message.meetingDate ? new Date(endOfVietnamDay(message.meetingDate)).toISOString() : null,
      };
    }
    case 'inspection-notice': {
      const on = formatDate(message.inspectionDate);
      return {
        title: { vi: `Thông báo kiểm tra định kỳ ngày ${on.vi}`, en: `Scheduled inspection on ${on.en}` },
        body: {
          vi: `Sở Khoa học và Công nghệ sẽ kiểm tra định kỳ tình hình thực hiện nhiệm vụ${of.vi} vào ${on.vi}. Đề nghị chuẩn bị báo cáo tiến độ, sản phẩm và chứng từ sử dụng kinh phí.`,
          en: `The Department of Science and Technology will inspect the progress${of.en} on ${on.en}. Please have the progress report, the results so far and the spending records ready.`,
        },
        dueAt: new Date(endOfVietnamDay(message.inspectionDate)).toISOString(),
      };
    }
    case 'audit-trail-broken': {
      const on = formatDate(message.checkedOn);
      const why =
        message.reason === 'hash-mismatch'
          ? { vi: 'nội dung của dòng đã bị sửa', en: 'the row was edited' }
          : { vi: 'dòng không nối tiếp dòng trước (có dòng bị xóa, chèn hoặc sửa)', en: 'the row does not follow the one before it (a row was removed, inserted or edited)' };
      return {
        title: { vi: `Nhật ký kiểm toán bị thay đổi (dòng ${message.firstBrokenSeq})`, en: `Audit trail tampered with (row ${message.firstBrokenSeq})` },
        body: {
          vi: `Lần kiểm tra ngày ${on.vi} phát hiện chuỗi băm của nhật ký kiểm toán bị đứt tại dòng ${message.firstBrokenSeq}: ${why.vi}. Đề nghị khóa quyền ghi cơ sở dữ liệu, đối chiếu với bản sao lưu và báo cáo lãnh đạo Sở.`,
          en: `The check of ${on.en} found the audit trail's hash chain broken at row ${message.firstBrokenSeq}: ${why.en}. Please lock write access to the database, compare with a backup and report to the department's leadership.`,
        },
        dueAt: null,
      };
    }
  }
}
