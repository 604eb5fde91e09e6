import type { StoredNotification } from '../stored-notification';

export interface EmailContent {
  subject: string;
  text: string;
  html: string;
}

const FOOTER = {
  vi: 'Đây là thư tự động của Hệ thống quản lý nhiệm vụ năng suất chất lượng (NSCL); vui lòng không trả lời thư này.',
  en: 'This is an automatic message from the NSCL productivity-and-quality programme system; please do not reply.',
};
const DETAILS = { vi: 'Xem chi tiết', en: 'Details' };

/**
 * The e-mail of a stored notification: Vietnamese first, then the English alternative in the
 * same message (mail clients show multipart/alternative parts as formats, not languages, so both
 * languages go into each of the text and HTML parts). Pure, like the notification templates.
 */
export function renderEmail(notification: Pick<StoredNotification, 'titleVi' | 'titleEn' | 'bodyVi' | 'bodyEn' | 'link'>): EmailContent {
  const { titleVi, titleEn, bodyVi, bodyEn, link } = notification;
  const text = [
    titleVi,
    '',
    bodyVi,
    ...(link ? ['', `${DETAILS.vi}: ${link}`] : []),
    '',
    FOOTER.vi,
    '',
    '--- English ---',
    '',
    titleEn,
    '',
    bodyEn,
    ...(link ? ['', `${DETAILS.en}: ${link}`] : []),
    '',
    FOOTER.en,
    '',
  ].join('\n');

  const section = (lang: 'vi' | 'en', title: string, body: string): string =>
    [
      `<div lang="${lang}">`,
      `<h2 style="font-size:18px;margin:0 0 12px">${escapeHtml(title)}</h2>`,
      `<p style="margin:0 0 12px">${escapeHtml(body)}</p>`,
      link && isWebLink(link) ? `<p style="margin:0 0 12px"><a href="${escapeHtml(link)}">${DETAILS[lang]}</a></p>` : '',
      `<p style="color:#666;font-size:12px;margin:0">${FOOTER[lang]}</p>`,
      '</div>',
    ].join('');
  const html = [
    '<!doctype html><html lang="vi"><head><meta charset="utf-8"></head>',
    '<body style="font-family:Arial,Helvetica,sans-serif;line-height:1.5;color:#222">',
    section('vi', titleVi, bodyVi),
    '<hr style="border:none;border-top:1px solid #ddd;margin:20px 0">',
    section('en', titleEn, bodyEn),
    '</body></html>',
  ].join('');

  return { subject: `[NSCL] ${titleVi}`, text, html };
}

function isWebLink(link: string): boolean {
  return /^https?:\/\//i.test(link);
}

function escapeHtml(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
