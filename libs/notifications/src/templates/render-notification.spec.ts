import { NOTIFICATION_KINDS } from '../notification-kind';
import type { NotificationMessage, NotificationSubject } from '../notification-message';
import { notificationLink } from './notification-link';
import { renderNotification } from './render-notification';

const step = { vi: 'Thẩm định hồ sơ', en: 'Appraise the application' };
const subject: NotificationSubject = { type: 'application', id: 'a1b2', label: 'Nâng cao năng suất – Công ty A' };
const dueAt = '2025-11-24T17:00:00.000Z';

const EXAMPLES: Record<(typeof NOTIFICATION_KINDS)[number], NotificationMessage> = {
  reminder: { kind: 'reminder', step, dueAt, workingDaysLeft: 3 },
  'due-today': { kind: 'due-today', step, dueAt },
  escalation: { kind: 'escalation', step, dueAt, overdueWorkingDays: 1, assigneeName: 'Nguyễn Văn An' },
  decision: { kind: 'decision', step, outcome: { vi: 'Đạt', en: 'Approved' }, comment: 'Hồ sơ đầy đủ' },
  'supplement-requested': { kind: 'supplement-requested', step, reason: 'Thiếu báo cáo tài chính', dueAt },
  'deadline-changed': { kind: 'deadline-changed', step, dueAt, previousDueAt: '2025-11-20T17:00:00.000Z', reason: 'Gia hạn theo đề nghị' },
  'yearly-report': { kind: 'yearly-report', year: 2025, dueAt: '2025-11-30T17:00:00.000Z' },
  'certificate-expiry': { kind: 'certificate-expiry', certificate: 'ISO 9001:2015', expiresOn: '2026-02-16' },
  'inspection-notice': { kind: 'inspection-notice', inspectionDate: '2027-03-15' },
  'task-assigned': { kind: 'task-assigned', step, dueAt },
  'council-convened': { kind: 'council-convened', council: { vi: 'Hội đồng tư vấn xác định nhiệm vụ', en: 'task identification council' }, meetingDate: '2026-12-10' },
  'audit-trail-broken': { kind: 'audit-trail-broken', firstBrokenSeq: 1042, reason: 'hash-mismatch', checkedOn: '2026-12-05' },
  'task-cancelled': { kind: 'task-cancelled', step, decidedBy: 'officer.tdc', outcome: { vi: 'Trả lại', en: 'Return' }, comment: 'Thiếu tiêu chuẩn áp dụng' },
};

describe('renderNotification', () => {
  it.each(NOTIFICATION_KINDS)('gives "%s" a title and a body in Vietnamese and English', (kind) => {
    const { title, body } = renderNotification(EXAMPLES[kind], subject);
    for (const text of [title.vi, title.en, body.vi, body.en]) expect(text.trim().length).toBeGreaterThan(10);
    expect(title.vi).not.toBe(title.en);
    expect(body.vi).not.toBe(body.en);
    // Nothing left unfilled.
    for (const text of [title.vi, title.en, body.vi, body.en]) expect(text).not.toMatch(/undefined|null|NaN|\$\{/);
  });

  it('names the case, the step and the due date with its weekday in a reminder', () => {
    const { title, body, dueAt: stored } = renderNotification(EXAMPLES.reminder, subject);
    expect(title.vi).toBe('Nhắc hạn: còn 3 ngày làm việc – Thẩm định hồ sơ');
    expect(body.vi).toBe('Bước "Thẩm định hồ sơ" của hồ sơ "Nâng cao năng suất – Công ty A" cần được xử lý trước hạn Thứ Hai, 24/11/2025 (còn 3 ngày làm việc).');
    expect(body.en).toBe('The step "Appraise the application" of application "Nâng cao năng suất – Công ty A" is due on Monday, 24 November 2025 (3 working days left).');
    expect(stored).toBe(dueAt);
  });

  it('says "1 working day" in English and reports lateness to the head with the assignee', () => {
    expect(renderNotification({ kind: 'reminder', step, dueAt, workingDaysLeft: 1 }).title.en).toBe('Reminder: 1 working day left – Appraise the application');
    const escalation = renderNotification(EXAMPLES.escalation, subject);
    expect(escalation.title.vi).toBe('Quá hạn 1 ngày làm việc – Thẩm định hồ sơ');
    expect(escalation.body.vi).toContain('đã quá hạn Thứ Hai, 24/11/2025 1 ngày làm việc (người xử lý: Nguyễn Văn An)');
  });

  it('tells the applicant the clock stops on a request for supplement', () => {
    const { body } = renderNotification(EXAMPLES['supplement-requested'], subject);
    expect(body.vi).toContain('Nội dung cần bổ sung: Thiếu báo cáo tài chính');
    expect(body.vi).toContain('Thời hạn giải quyết tạm dừng');
    expect(body.en).toContain('The time limit is paused');
  });

  it('shows the new and the previous due date when a deadline moves', () => {
    const { body } = renderNotification(EXAMPLES['deadline-changed'], subject);
    expect(body.vi).toContain('nay là Thứ Hai, 24/11/2025 (trước đây: Thứ Năm, 20/11/2025)');
  });

  it('distinguishes the yearly report reminder from its escalation', () => {
    const reminder = renderNotification(EXAMPLES['yearly-report']);
    const overdue = renderNotification({ kind: 'yearly-report', year: 2025, dueAt: '2025-11-30T17:00:00.000Z', overdue: true });
    expect(reminder.title.vi).toBe('Nhắc nộp báo cáo năm 2025 – hạn Chủ Nhật, 30/11/2025');
    expect(overdue.title.vi).toBe('Quá hạn nộp báo cáo năm 2025');
  });

  it('names the inspection day and keeps its end as the due instant', () => {
    const rendered = renderNotification(EXAMPLES['inspection-notice'], subject);
    expect(rendered.dueAt).toBe('2027-03-15T17:00:00.000Z');
    expect(rendered.title.vi).toBe('Thông báo kiểm tra định kỳ ngày Thứ Hai, 15/03/2027');
  });

  it('stores the end of the expiry day as the due instant of a certificate', () => {
    const rendered = renderNotification(EXAMPLES['certificate-expiry'], subject);
    expect(rendered.dueAt).toBe('2026-02-16T17:00:00.000Z');
    expect(rendered.body.vi).toContain('hết hiệu lực vào Thứ Hai, 16/02/2026');
  });

  it('tells an assignee the step, the case and the due date of a new task', () => {
    const { title, body, dueAt: stored } = renderNotification(EXAMPLES['task-assigned'], subject);
    expect(title.vi).toBe('Việc mới – Thẩm định hồ sơ');
    expect(body.vi).toBe('Bước "Thẩm định hồ sơ" của hồ sơ "Nâng cao năng suất – Công ty A" đã chuyển đến hộp việc của bạn. Hạn xử lý: Thứ Hai, 24/11/2025.');
    expect(stored).toBe(dueAt);
    expect(renderNotification({ kind: 'task-assigned', step, reassigned: true }, subject).title.en).toBe('Task reassigned to you – Appraise the application');
    expect(renderNotification({ kind: 'task-assigned', step }, subject)).toMatchObject({ dueAt: null, body: { vi: expect.stringContaining('không có thời hạn') } });
  });

  it('gives a convened member the meeting day, kept as the due instant', () => {
    const rendered = renderNotification(EXAMPLES['council-convened'], subject);
    expect(rendered.title.vi).toBe('Triệu tập hội đồng tư vấn xác định nhiệm vụ – họp Thứ Năm, 10/12/2026');
    expect(rendered.body.vi).toContain('Phiên họp ngày Thứ Năm, 10/12/2026.');
    expect(rendered.dueAt).toBe('2026-12-10T17:00:00.000Z');
  });

  it('reads well without a subject', () => {
    expect(renderNotification(EXAMPLES['due-today']).body.vi).toBe('Hôm nay, Thứ Hai, 24/11/2025, là ngày cuối cùng để xử lý bước "Thẩm định hồ sơ".');
    expect(renderNotification(EXAMPLES['decision']).dueAt).toBeNull();
  });

  it('is pure: the same message renders the same text', () => {
    expect(renderNotification(EXAMPLES.escalation, subject)).toEqual(renderNotification(EXAMPLES.escalation, subject));
  });
});

describe('notificationLink', () => {
  it('points at the subject page under PUBLIC_BASE_URL', () => {
    expect(notificationLink('https://nscl.example.gov.vn/', subject)).toBe('https://nscl.example.gov.vn/applications/a1b2');
    expect(notificationLink('https://nscl.example.gov.vn', { type: 'pilot-model', id: 'p 1' })).toBe('https://nscl.example.gov.vn/pilot-models/p%201');
  });

  it('falls back to the inbox, and takes an explicit path as given', () => {
    expect(notificationLink('http://localhost:3000', { type: 'department-report', id: 'x' })).toBe('http://localhost:3000/notifications');
    expect(notificationLink('http://localhost:3000', undefined, '/tasks/42')).toBe('http://localhost:3000/tasks/42');
  });

  it('refuses a path that would leave the site', () => {
    expect(() => notificationLink('http://localhost:3000', undefined, '//evil.example/x')).toThrow();
    expect(() => notificationLink('http://localhost:3000', undefined, 'https://evil.example')).toThrow();
  });
});
