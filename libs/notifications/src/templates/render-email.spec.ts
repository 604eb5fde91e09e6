import { renderEmail } from './render-email';

const notification = {
  titleVi: 'Nhắc hạn: còn 3 ngày làm việc – Thẩm định hồ sơ',
  titleEn: 'Reminder: 3 working days left – Appraise the application',
  bodyVi: 'Bước "Thẩm định" của hồ sơ <A & B> cần được xử lý trước hạn Thứ Hai, 24/11/2025.',
  bodyEn: 'The step "Appraise" of application <A & B> is due on Monday, 24 November 2025.',
  link: 'https://nscl.example.gov.vn/applications/a1',
};

describe('renderEmail', () => {
  it('puts the Vietnamese title in the subject', () => {
    expect(renderEmail(notification).subject).toBe('[NSCL] Nhắc hạn: còn 3 ngày làm việc – Thẩm định hồ sơ');
  });

  it('writes Vietnamese first, then English, each with the link, in the text part', () => {
    const { text } = renderEmail(notification);
    const vi = text.indexOf(notification.bodyVi);
    const en = text.indexOf(notification.bodyEn);
    expect(vi).toBeGreaterThanOrEqual(0);
    expect(en).toBeGreaterThan(vi);
    expect(text).toContain(`Xem chi tiết: ${notification.link}`);
    expect(text).toContain(`Details: ${notification.link}`);
  });

  it('escapes the HTML part and marks each language', () => {
    const { html } = renderEmail(notification);
    expect(html).toContain('&lt;A &amp; B&gt;');
    expect(html).not.toContain('<A & B>');
    expect(html.indexOf('<div lang="vi">')).toBeLessThan(html.indexOf('<div lang="en">'));
    expect(html).toContain(`<a href="${notification.link}">Xem chi tiết</a>`);
  });

  it('leaves out a link that is missing or not a web address', () => {
    expect(renderEmail({ ...notification, link: null }).text).not.toContain('Xem chi tiết');
    expect(renderEmail({ ...notification, link: 'javascript:alert(1)' }).html).not.toContain('href');
  });
});
