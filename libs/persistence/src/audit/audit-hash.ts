import { createHash } from 'node:crypto';
import { AuditRowContent } from './audit-entry';
import { canonicalJson } from './canonical-json';

/** The predecessor of the first row. */
export const GENESIS_HASH = '0'.repeat(64);

/** sha-256 (hex) over the previous row's hash followed by this row's canonical content. */
export function auditRowHash(prevHash: string, row: AuditRowContent): string {
  const content = {
    seq: row.seq,
    occurredAt: row.occurredAt,
    actorId: row.actorId,
    actorName: row.actorName,
    actorRole: row.actorRole,
    action: row.action,
    subjectType: row.subjectType,
    subjectId: row.subjectId,
    before: row.before ?? null,
    after: row.after ?? null,
    comment: row.comment ?? null,
    requestId: row.requestId ?? null,
  };
  return createHash('sha256').update(prevHash).update(canonicalJson(content)).digest('hex');
}
