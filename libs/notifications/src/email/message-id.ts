import { createHash } from 'node:crypto';

/**
 * The Message-ID of a delivery, derived from its dedup key alone: every attempt at the same
 * e-mail carries the same id, so a copy that slipped through anyway is recognisable (mail
 * clients and archives collapse equal ids; an operator can search server logs for it).
 */
export function deterministicMessageId(dedupKey: string, domain: string): string {
  const digest = createHash('sha256').update(dedupKey, 'utf8').digest('hex').slice(0, 40);
  return `<nscl.${digest}@${domain}>`;
}

/** The domain of the sender address ('Hệ thống NSCL <no-reply@sokhcn.gov.vn>' → 'sokhcn.gov.vn'). */
export function mailDomainOf(from: string): string {
  const match = /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim());
  return match?.[1]?.toLowerCase() ?? 'nscl.localhost';
}
