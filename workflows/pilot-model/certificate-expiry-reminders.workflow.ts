import { proxyActivities, sleep } from '@temporalio/workflow';
import type { PilotModelActivities } from '../../activities/pilot-models/pilot-model.activities';
import { addDays } from '../../libs/domain/src/calendar/plain-date';
import { endOfVietnamDay, vietnamInstant } from '../../libs/domain/src/deadlines/vietnam-time';
import type { CertificateRecord } from './messages';

const { remindCertificateExpiry } = proxyActivities<PilotModelActivities>({ startToCloseTimeout: '1 minute', retry: { maximumInterval: '5 minutes' } });

/** Days before a certificate's expiry when the enterprise is reminded to prepare recertification. */
export const CERTIFICATE_REMINDER_DAYS = [90, 30] as const;
const REMINDER_HOUR = 8;

export interface CertificateExpiryInput {
  pilotModelId: string;
  title: string;
  enterpriseId: string;
  provinceCode: string;
  certificates: CertificateRecord[];
}

/**
 * The certificates of a finished pilot model outlive it: this small child (ABANDON) sleeps until
 * 90 and 30 days before each expiry, 08:00 Hà Nội time, and reminds the enterprise. A reminder
 * whose day has passed is still sent while the certificate is valid; none after expiry.
 */
export async function certificateExpiryRemindersWorkflow(input: CertificateExpiryInput): Promise<number> {
  const due = input.certificates
    .flatMap((certificate) => CERTIFICATE_REMINDER_DAYS.map((days) => ({ certificate, days, at: vietnamInstant(addDays(certificate.expiresOn, -days), REMINDER_HOUR) })))
    .sort((a, b) => a.at - b.at);
  let sent = 0;
  for (const reminder of due) {
    if (Date.now() >= endOfVietnamDay(reminder.certificate.expiresOn)) continue;
    if (reminder.at > Date.now()) await sleep(reminder.at - Date.now());
    await remindCertificateExpiry({
      pilotModelId: input.pilotModelId,
      title: input.title,
      enterpriseId: input.enterpriseId,
      certificate: reminder.certificate,
      daysBefore: reminder.days,
      scheduledFor: new Date(Date.now()).toISOString(),
    });
    sent += 1;
  }
  return sent;
}
