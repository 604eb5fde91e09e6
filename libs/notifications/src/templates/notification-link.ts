import type { NotificationSubject } from '../notification-message';

/** The web pages of the records notifications are about. */
const SUBJECT_PAGES: Readonly<Record<string, string>> = {
  application: '/applications/',
  'pilot-model': '/pilot-models/',
  council: '/councils/',
  plan: '/plans/',
  task: '/tasks/',
};

/** Absolute link under PUBLIC_BASE_URL: the explicit path, else the subject's page, else the inbox. */
export function notificationLink(publicBaseUrl: string, subject: NotificationSubject | undefined, linkPath?: string): string {
  const base = publicBaseUrl.replace(/\/+$/, '');
  if (linkPath !== undefined) {
    if (!linkPath.startsWith('/') || linkPath.startsWith('//')) throw new Error(`linkPath must be a path starting with one "/" (got "${linkPath}")`);
    return base + linkPath;
  }
  const page = subject ? SUBJECT_PAGES[subject.type] : undefined;
  return page && subject ? base + page + encodeURIComponent(subject.id) : `${base}/notifications`;
}
